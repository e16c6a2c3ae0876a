import { describe, expect, it } from 'vitest';
import { type LogEvent, replayAll, step } from '../../src/engine/replay';
import { applyGrade, formatInterval, previewDue } from '../../src/engine/scheduler';
import { createStores } from '../../src/store/stores';
import { MemoryStorage } from '../memory-storage';

/** A logged event for `x/c1` at `at`: what the store writes when a card is graded (0: a missed quiz question). */
const event = (grade: LogEvent['grade'], at: number): LogEvent => ({
  id: `${Math.floor(at / 1000).toString(36)}aaaaaa`,
  card: 'x/c1',
  grade,
  state: 0,
  at,
  retention: 0.9,
  weights: 1,
});

/** Grades `gpt-2/c1` through a store at each time, then undoes the last grade; returns the card before and after. */
function gradeThenUndo(times: readonly number[]) {
  let t = times[0] ?? 0;
  const stores = createStores({ storage: new MemoryStorage(), now: () => new Date(t) });
  const progress = () => stores.progress.getState();
  let before = progress().cards['gpt-2/c1'];
  for (const at of times) {
    t = at;
    before = progress().cards['gpt-2/c1'];
    progress().grade('gpt-2/c1', at === times.at(-1) ? 1 : 3, 's');
  }
  progress().undo('s');
  return { before, after: progress().cards['gpt-2/c1'] };
}

const opts = { retention: 0.9 };
const now = new Date('2026-01-15T10:00:00Z');
const MIN = 60_000;
const DAY = 86_400_000;

describe('scheduler', () => {
  it('previews the four outcomes of a new card as Anki shows them', () => {
    const due = previewDue(undefined, now, opts);
    const labels = [1, 2, 3, 4].map((g) => formatInterval(due[g as 1 | 2 | 3 | 4] - now.getTime()));
    expect(labels).toEqual(['1m', '6m', '10m', expect.stringMatching(/^\d+d$/)]);
  });

  it('intervals grow with the grade', () => {
    const due = previewDue(undefined, now, opts);
    expect(due[1]).toBeLessThan(due[2]);
    expect(due[2]).toBeLessThan(due[3]);
    expect(due[3]).toBeLessThan(due[4]);
  });

  it('grading moves a new card into learning and counts when it was introduced', () => {
    const { card } = applyGrade(undefined, 3, now, opts);
    expect(card.state).toBe(1);
    expect(card.reps).toBe(1);
    expect(card.due).toBe(now.getTime() + 10 * MIN);
    expect(card.introduced).toBe(now.getTime());
  });

  it('a lapse on a review card counts and relearns', () => {
    let card = applyGrade(undefined, 4, now, opts).card;
    const later = new Date(card.due);
    card = applyGrade(card, 1, later, opts).card;
    expect(card.lapses).toBe(1);
    expect(card.state).toBe(3);
  });

  it('undo of a first grade gives back a new card; of a later grade, the card before it', () => {
    expect(gradeThenUndo([now.getTime()]).after).toBeUndefined();
    const { before, after } = gradeThenUndo([now.getTime(), now.getTime() + 10 * MIN]);
    expect(after).toEqual(before);
  });

  it('undo restores the previous due date (ts-fsrs 5.4.2 rollback sets it to the last review time)', () => {
    const t0 = Date.parse('2026-01-01T08:00:00Z');
    // Undo is a replay of the log without the undone review, never ts-fsrs `rollback`.
    expect(gradeThenUndo([t0, t0 + 60_000]).after?.due).toBe(t0 + 10 * MIN);
  });

  it('a higher retention target schedules sooner', () => {
    const base = applyGrade(undefined, 4, now, { retention: 0.8 }).card;
    const strict = previewDue(base, new Date(base.due), { retention: 0.97 });
    const loose = previewDue(base, new Date(base.due), { retention: 0.8 });
    expect(strict[3]).toBeLessThan(loose[3]);
  });

  it('a missed quiz question never makes a card due later', () => {
    const card = applyGrade(undefined, 4, now, opts).card;
    expect(step('x/c1', card, event(0, now.getTime() + DAY)).due).toBe(now.getTime() + DAY);
    const far = card.due + 30 * DAY;
    expect(step('x/c1', card, event(0, far)).due).toBe(card.due);
  });

  it('replaying events gives the same state as grading live, fuzz included', () => {
    let card = applyGrade(undefined, 3, now, opts, 'x/c1').card;
    const t2 = new Date(card.due);
    card = applyGrade(card, 3, t2, opts, 'x/c1').card;
    const t3 = new Date(card.due + 2 * DAY);
    card = applyGrade(card, 2, t3, opts, 'x/c1').card;
    const replayed = replayAll(
      [event(2, t3.getTime()), event(3, now.getTime()), event(3, t2.getTime())],
      new Set(),
    )['x/c1'];
    expect(replayed).toEqual(card);
  });

  it('formats intervals in minutes, hours, days, months and years', () => {
    expect(formatInterval(30_000)).toBe('1m');
    expect(formatInterval(10 * MIN)).toBe('10m');
    expect(formatInterval(3 * 60 * MIN)).toBe('3h');
    expect(formatInterval(4 * DAY)).toBe('4d');
    expect(formatInterval(63 * DAY)).toBe('2.1mo');
    expect(formatInterval(500 * DAY)).toBe('1.4y');
  });

  it('the interval previewed on a button is the one a grade seconds later schedules (fuzz seeded by the card)', () => {
    let card = applyGrade(undefined, 4, now, opts, 'gpt-2/c1').card;
    for (let i = 0; i < 8; i++) {
      const shown = new Date(card.due + i * 3 * DAY);
      const preview = previewDue(card, shown, opts, 'gpt-2/c1');
      const gradedAt = new Date(shown.getTime() + 7_000);
      const outcome = applyGrade(card, 3, gradedAt, opts, 'gpt-2/c1');
      expect(formatInterval(outcome.card.due - gradedAt.getTime())).toBe(
        formatInterval(preview[3] - shown.getTime()),
      );
      card = outcome.card;
    }
  });

  it('a card pulled in by a missed quiz stays new, and counts against the new-card limit when first graded', () => {
    // Issue 9 changed this rule: a pulled card used to be outside the limit.
    const pulled = step('x/c1', undefined, event(0, now.getTime()));
    expect(pulled).toMatchObject({ state: 0, pulled: now.getTime() });
    const later = now.getTime() + MIN;
    expect(step('x/c1', pulled, event(3, later)).introduced).toBe(later);
    expect(applyGrade(undefined, 3, now, opts).card.introduced).toBe(now.getTime());
  });
});
