import { describe, expect, it } from 'vitest';
import {
  applyGrade,
  formatInterval,
  previewDue,
  pullForward,
  replay,
  undoGrade,
} from '../../src/engine/scheduler';

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
    const first = applyGrade(undefined, 3, now, opts);
    expect(undoGrade(first)).toBeUndefined();
    const second = applyGrade(first.card, 3, new Date(first.card.due), opts);
    expect(undoGrade(second)).toEqual(first.card);
  });

  it('undo restores the previous due date (ts-fsrs 5.4.2 rollback sets it to the last review time)', () => {
    const t0 = new Date('2026-01-01T08:00:00Z');
    const first = applyGrade(undefined, 3, t0, opts).card;
    const second = applyGrade(first, 1, new Date(t0.getTime() + 60_000), opts);
    expect(undoGrade(second)?.due).toBe(t0.getTime() + 10 * MIN);
  });

  it('a higher retention target schedules sooner', () => {
    const base = applyGrade(undefined, 4, now, { retention: 0.8 }).card;
    const strict = previewDue(base, new Date(base.due), { retention: 0.97 });
    const loose = previewDue(base, new Date(base.due), { retention: 0.8 });
    expect(strict[3]).toBeLessThan(loose[3]);
  });

  it('pullForward never makes a card due later', () => {
    const card = applyGrade(undefined, 4, now, opts).card;
    expect(pullForward(card, now.getTime() + DAY).due).toBe(now.getTime() + DAY);
    const far = card.due + 30 * DAY;
    expect(pullForward(card, far).due).toBe(card.due);
  });

  it('replaying events gives the same state as grading live, fuzz included', () => {
    let card = applyGrade(undefined, 3, now, opts).card;
    const t2 = new Date(card.due);
    card = applyGrade(card, 3, t2, opts).card;
    const t3 = new Date(card.due + 2 * DAY);
    card = applyGrade(card, 2, t3, opts).card;
    const replayed = replay(
      [
        { grade: 2, at: t3.getTime() },
        { grade: 3, at: now.getTime() },
        { grade: 3, at: t2.getTime() },
      ],
      opts,
    );
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

  it('a card pulled in by a missed quiz does not count against the new-card limit when first graded', () => {
    const pulled = pullForward(undefined, now.getTime());
    expect(applyGrade(pulled, 3, now, opts).card.introduced).toBeUndefined();
    expect(applyGrade(undefined, 3, now, opts).card.introduced).toBe(now.getTime());
  });
});
