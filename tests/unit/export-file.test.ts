import { describe, expect, it } from 'vitest';
import { buildExport, exportFileName, parseImport } from '../../src/store/export-file';
import { defaultSettings } from '../../src/store/progress-schema';

const at = Date.parse('2026-02-10T09:00:00Z');
const id = `${Math.floor(at / 1000).toString(36)}abc`;
const progress = {
  cards: {},
  log: { '2026-02': [{ id, card: 'gpt-2/c1', grade: 3 as const, state: 0 as const, at }] },
  undone: [],
  quizzes: [],
};

describe('export file', () => {
  it('is named by the local date', () => {
    expect(exportFileName(new Date(2026, 10, 5))).toBe('descent-progress-2026-11-05.json');
  });

  it('round-trips through import', () => {
    const result = parseImport(JSON.stringify(buildExport(progress, defaultSettings, new Date(at))));
    expect(result.ok && result.progress.log).toEqual(progress.log);
    expect(result.ok && result.summary).toMatchObject({ reviews: 1, first: at, last: at });
  });

  it.each([
    ['not JSON', 'nope', /not a Descent progress file: it is not JSON/],
    ['another app’s file', '{"hello":1}', /^This is not a Descent progress file\.$/],
    ['a newer format', '{"format":"descent-progress","version":9}', /newer version of Descent/],
  ])('rejects %s with a clear message', (_, text, message) => {
    const result = parseImport(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(message);
  });

  it.each([
    ['an id the log cannot store', { id: 'Review-ABC' }, /reviews\.0\.id/],
    ['an id that does not match its time', { id: 'zzzzzzabc' }, /reviews\.0\.id: must match the review time/],
    ['a time that is not a whole second', { at: at + 1 }, /reviews\.0\.at: must be a whole second/],
    ['a time beyond any date', { at: 9e15 }, /reviews\.0\.at/],
  ])('names the field of a review with %s', (_, patch, message) => {
    const file = buildExport(progress, defaultSettings, new Date(at));
    Object.assign(file.reviews[0] as object, patch);
    const result = parseImport(JSON.stringify(file));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(message);
  });
});
