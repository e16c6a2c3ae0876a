import { describe, expect, it } from 'vitest';
import type { LogEvent } from '../../src/engine/replay';
import { buildBackupFile, buildExport, exportFileName, parseImport } from '../../src/store/export-file';
import { encodeChunk } from '../../src/store/log-codec';
import { defaultSettings, type ProgressData } from '../../src/store/progress-schema';

const at = Date.parse('2026-02-10T09:00:00Z');
const now = new Date(at + 86_400_000);
const known = (key: string) => !key.startsWith('gone/');
const ev = (s: number, card = 'gpt-2/c1', rand = 'abcdef'): LogEvent => {
  const t = at + s * 1000;
  return {
    id: `${Math.floor(t / 1000).toString(36)}${rand}`,
    card,
    grade: 3,
    state: 0,
    at: t,
    retention: 0.9,
    weights: 1,
  };
};
const progress: ProgressData = {
  generation: 'g',
  log: { '2026-02': [ev(0)] },
  undone: [],
  quizzes: [],
  actions: [],
};
const file = (reviews: unknown[], undone: string[] = []) =>
  JSON.stringify({ ...buildExport(progress, defaultSettings, new Date(at)), reviews, undone });
const parse = (text: string) => {
  const result = parseImport(text, now, known);
  if (!result.ok) throw new Error(result.message);
  return result;
};

describe('export file', () => {
  it('is named by the local date', () => {
    expect(exportFileName(new Date(2026, 10, 5))).toBe('descent-progress-2026-11-05.json');
  });

  it('round-trips through import', () => {
    const result = parse(JSON.stringify(buildExport(progress, defaultSettings, new Date(at))));
    expect(result.progress.log).toEqual(progress.log);
    expect(result.summary).toMatchObject({ reviews: 1, first: at, last: at });
  });

  it('reads a v1 file: its reviews get the file’s retention, its card states are not needed', () => {
    const { retention: _r, weights: _w, ...v1Review } = ev(0);
    const v1 = {
      format: 'descent-progress',
      version: 1,
      exportedAt: new Date(at).toISOString(),
      settings: { ...defaultSettings, retention: 0.85 },
      // Negative stability used to break study for good; card states in a file are now ignored.
      cards: { 'gpt-2/c1': { stability: -3 } },
      reviews: [{ ...v1Review, id: `${Math.floor(at / 1000).toString(36)}abc` }],
      undone: [],
      quizzes: [],
    };
    const result = parse(JSON.stringify(v1));
    expect(Object.values(result.progress.log).flat()).toEqual([
      expect.objectContaining({ card: 'gpt-2/c1', retention: 0.85, weights: 1 }),
    ]);
  });

  it.each([
    ['not JSON', 'nope', /not a Descent progress file: it is not JSON/],
    ['another app’s file', '{"hello":1}', /^This is not a Descent progress file\.$/],
    ['a newer format', '{"format":"descent-progress","version":9}', /newer version of Descent/],
  ])('rejects %s with a clear message', (_, text, message) => {
    const result = parseImport(text, now, known);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(message);
  });

  it.each([
    ['an id the log cannot store', { id: 'Review-ABC' }, /reviews\.0\.id/],
    ['an id that does not match its time', { id: 'zzzzzzabc' }, /reviews\.0\.id: must match the review time/],
    ['a time that is not a whole second', { at: at + 1 }, /reviews\.0\.at: must be a whole second/],
  ])('names the field of a review with %s', (_, patch, message) => {
    const result = parseImport(file([{ ...ev(0), ...patch }]), now, known);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(message);
  });
});

describe('fixed: import accepted what it should not', () => {
  it('a far-future time wipes everything: reviews after the import time are dropped and reported', () => {
    const year10000 = Date.UTC(10000, 0, 1);
    const result = parse(
      file([
        ev(0),
        { ...ev(0, 'gpt-2/c2', 'zzzzzz'), at: year10000, id: `${(year10000 / 1000).toString(36)}zzzzzz` },
      ]),
    );
    expect(result.summary.reviews).toBe(1);
    expect(result.summary.dropped.future).toBe(1);
  });

  it('huge times break grading: a review dated 1e300 never gets in', () => {
    const result = parse(file([ev(0), { ...ev(1), at: 1e300 }]));
    expect(Object.values(result.progress.log).flat()).toHaveLength(1);
    expect(result.summary.dropped.future).toBe(1);
  });

  it('reviews dated after the import time are dropped, and ones before 2000 too', () => {
    const result = parse(
      file([ev(0), ev(2 * 86_400, 'gpt-2/c1', 'bbbbbb'), { ...ev(0), at: 0, id: '0abcdef' }]),
    );
    expect(result.summary).toMatchObject({ reviews: 1, dropped: { future: 1, tooOld: 1 } });
  });

  it('duplicate review ids are counted once', () => {
    const result = parse(file([ev(0), ev(0), ev(0), ev(5, 'gpt-2/c2', 'cccccc')]));
    expect(result.summary).toMatchObject({ reviews: 2, dropped: { duplicates: 2 } });
  });

  it('card ids the deck does not have are kept but not counted', () => {
    const result = parse(file([ev(0), ev(5, 'gone/c1', 'dddddd')]));
    expect(result.summary).toMatchObject({ reviews: 1, unknownCards: 1 });
    expect(Object.values(result.progress.log).flat()).toHaveLength(2);
  });

  it('a crafted `undone` list deletes real reviews: a file may undo only its own reviews', () => {
    const mine = ev(9, 'gpt-2/c3', 'eeeeee');
    const own = ev(0);
    const result = parse(file([own], [mine.id, own.id]));
    expect(result.progress.undone).toEqual([own.id]);
    expect(result.summary.dropped.foreignUndos).toBe(1);
  });

  it('the "Download the backup" file is refused by Import: a backup of a month is salvaged entry by entry', () => {
    const chunk = encodeChunk('2026-02', 'g', [ev(0), ev(60, 'gpt-2/c2', 'ffffff')]);
    const damaged = { ...chunk, entries: `${chunk.entries};zz,!!,9,9,9` };
    const backup = buildBackupFile('descent:log:2026-02', JSON.stringify({ version: 2, data: damaged }));
    const result = parse(backup);
    expect(result.summary).toMatchObject({ reviews: 2, dropped: { malformed: 1 } });
    expect(parseImport(buildBackupFile('descent:log:2026-02', '{oops'), now, known)).toEqual({
      ok: false,
      message: expect.stringMatching(/nothing Descent can read/),
    });
  });
});
