import { describe, expect, it } from 'vitest';
import { deckCards } from '../../src/content/deck';
import type { CardMarks } from '../../src/engine/card-actions';
import type { StoredCard } from '../../src/engine/scheduler';
import { buildRows, type CardRow, filterRows, sortRows } from '../../src/features/cards/card-list';

const DAY = 86_400_000;
// 10:00 local on a weekday: the study day (04:00 start) runs until tomorrow 04:00.
const now = new Date(2026, 2, 10, 10, 0, 0).getTime();
const dayEnd = new Date(2026, 2, 11, 4, 0, 0).getTime();

const deck = deckCards.slice(0, 12);
const key = (i: number) => (deck[i] as (typeof deck)[number]).key;

const stored = (over: Partial<StoredCard>): StoredCard => ({
  due: now + 5 * DAY,
  stability: 5,
  difficulty: 5,
  elapsedDays: 0,
  scheduledDays: 5,
  learningSteps: 0,
  reps: 3,
  lapses: 0,
  state: 2,
  lastReview: now - DAY,
  ...over,
});

const cards: Record<string, StoredCard> = {
  // 0: review, due in 5 days
  [key(0)]: stored({ difficulty: 3 }),
  // 1: learning, due in 10 minutes
  [key(1)]: stored({ state: 1, scheduledDays: 0, due: now + 600_000, lastReview: now, difficulty: 6 }),
  // 2: review, due earlier today (before the next day start)
  [key(2)]: stored({ due: now - 3_600_000, difficulty: 8, lapses: 2 }),
  // 3: a leech: lapsed 8 times, suspended by it
  [key(3)]: stored({ lapses: 8, leechAt: now - DAY, difficulty: 9.5, due: now - DAY }),
  // 4: relearning counts as learning
  [key(4)]: stored({ state: 3, scheduledDays: 0, due: now + 60_000, lastReview: now, lapses: 1 }),
  // 5: suspended by the learner (a review card, due tomorrow evening)
  [key(5)]: stored({ due: dayEnd + 12 * 3_600_000 }),
  // 6: buried today, due today
  [key(6)]: stored({ due: now + 3_600_000 }),
  // 7: buried yesterday: back today
  [key(7)]: stored({ due: now + 3_600_000 }),
};
// 8–11 stay new; 8 is flagged and 9 is edited.
const marks = new Map<string, CardMarks>([
  [key(5), { flagged: false, suspension: { suspended: true, at: now - DAY } }],
  [key(6), { flagged: false, buriedAt: now - 3_600_000 }],
  [key(7), { flagged: false, buriedAt: now - DAY }],
  [key(8), { flagged: true }],
  [
    key(9),
    {
      flagged: false,
      edit: {
        text: { prompt: 'My own zebra wording', answer: 'A quokka answer', why: '' },
        original: { prompt: 'x', answer: 'y', why: '' },
        at: now - DAY,
      },
    },
  ],
]);

const rows = buildRows(deck, { cards, marks, now, dayStartHour: 4 });
const keysOf = (list: readonly CardRow[]) => list.map((r) => r.key);
const row = (i: number) => rows[i] as CardRow;

describe('card browser rows', () => {
  it('gives each card its state, a suspension or bury winning over the schedule', () => {
    expect(rows.map((r) => r.state)).toEqual([
      'review',
      'learning',
      'review',
      'suspended',
      'learning',
      'suspended',
      'buried',
      'review',
      'new',
      'new',
      'new',
      'new',
    ]);
  });

  it('shows the interval as scheduled days, or the time from the last review to the due date', () => {
    expect(row(0).interval).toBe(5 * DAY);
    expect(row(1).interval).toBe(600_000);
    expect(row(8).interval).toBeUndefined();
    expect(row(8).due).toBeUndefined();
    expect(row(8).difficulty).toBeUndefined();
  });

  it("shows the learner's wording of an edited card", () => {
    expect(row(9).prompt).toBe('My own zebra wording');
    expect(row(9).edited).toBe(true);
    expect(row(0).prompt).not.toBe('');
  });

  it('a leech is suspended until the learner unsuspends it, and stays a leech', () => {
    const after = new Map(marks).set(key(3), { flagged: false, suspension: { suspended: false, at: now } });
    const [leech] = buildRows([deck[3] as (typeof deck)[number]], {
      cards,
      marks: after,
      now,
      dayStartHour: 4,
    });
    expect(leech?.suspended).toBe(false);
    expect(leech?.leech).toBe(true);
    expect(leech?.state).toBe('review');
  });

  it('a bury ends when the next study day starts', () => {
    const tomorrow = buildRows(deck, { cards, marks, now: dayEnd + 1000, dayStartHour: 4 });
    expect(tomorrow[6]?.buried).toBe(false);
    expect(buildRows(deck, { cards, marks, now: dayEnd - 1000, dayStartHour: 4 })[6]?.buried).toBe(true);
  });
});

describe('filters', () => {
  it('All lists every card', () => {
    expect(filterRows(rows, 'all', '')).toHaveLength(12);
  });
  it('New, Learning', () => {
    expect(keysOf(filterRows(rows, 'new', ''))).toEqual([key(8), key(9), key(10), key(11)]);
    expect(keysOf(filterRows(rows, 'learning', ''))).toEqual([key(1), key(4)]);
  });
  it('Due today: studyable cards due before the next day start, overdue ones included', () => {
    expect(keysOf(filterRows(rows, 'due-today', ''))).toEqual([key(1), key(2), key(4), key(7)]);
  });
  it('Suspended (by the learner or as a leech), Buried, Flagged, Leeches', () => {
    expect(keysOf(filterRows(rows, 'suspended', ''))).toEqual([key(3), key(5)]);
    expect(keysOf(filterRows(rows, 'buried', ''))).toEqual([key(6)]);
    expect(keysOf(filterRows(rows, 'flagged', ''))).toEqual([key(8)]);
    expect(keysOf(filterRows(rows, 'leeches', ''))).toEqual([key(3)]);
  });
});

describe('search', () => {
  it("finds an edited card by the learner's wording, prompt and answer, in any case", () => {
    expect(keysOf(filterRows(rows, 'all', 'ZEBRA'))).toEqual([key(9)]);
    expect(keysOf(filterRows(rows, 'all', 'quokka'))).toEqual([key(9)]);
    expect(keysOf(filterRows(rows, 'all', 'zebra quokka'))).toEqual([key(9)]);
    expect(filterRows(rows, 'all', 'zebra nothing-like-this')).toEqual([]);
  });
  it("finds cards by their concept's title", () => {
    const title = row(0).conceptTitle;
    const found = filterRows(rows, 'all', title);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((r) => r.conceptTitle === title || r.haystack.includes(title.toLowerCase()))).toBe(
      true,
    );
    expect(keysOf(found)).toContain(key(0));
  });
  it('combines with a filter', () => {
    expect(filterRows(rows, 'new', 'zebra')).toHaveLength(1);
    expect(filterRows(rows, 'learning', 'zebra')).toHaveLength(0);
  });
});

describe('sorts', () => {
  it('Due: soonest first, new cards last in deck order', () => {
    expect(keysOf(sortRows(rows, 'due'))).toEqual([
      key(3),
      key(2),
      key(4),
      key(1),
      key(6),
      key(7),
      key(5),
      key(0),
      key(8),
      key(9),
      key(10),
      key(11),
    ]);
  });
  it('Difficulty: hardest first, new cards last', () => {
    const sorted = sortRows(rows, 'difficulty');
    expect(sorted.slice(0, 3).map((r) => r.key)).toEqual([key(3), key(2), key(1)]);
    expect(sorted.slice(-4).every((r) => r.difficulty === undefined)).toBe(true);
  });
  it('Lapses: most first, ties in deck order', () => {
    expect(keysOf(sortRows(rows, 'lapses')).slice(0, 4)).toEqual([key(3), key(2), key(4), key(0)]);
  });
  it('Added order is the deck order, and sorting does not change its input', () => {
    const shuffled = [...rows].reverse();
    expect(keysOf(sortRows(shuffled, 'added'))).toEqual(keysOf(rows));
    expect(shuffled[0]?.key).toBe(key(11));
  });
});
