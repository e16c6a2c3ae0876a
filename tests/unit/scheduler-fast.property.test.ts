// The fast applyGrade is a port of ts-fsrs's scheduler: it must give exactly what ts-fsrs gives, field for field.
import fc from 'fast-check';
import { FSRS } from 'ts-fsrs';
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import {
  applyGrade,
  applyGradeWithTsFsrs,
  type CardStateKind,
  type Grade,
  newCard,
  previewDue,
  type StoredCard,
} from '../../src/engine/scheduler';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const grade = fc.constantFrom<Grade>(1, 2, 3, 4);

/**
 * The wait before a review. Elapsed days are counted in UTC calendar days and same-day reviews take another formula,
 * so the gaps cluster where the branches change: the same second, the learning steps' minutes, hours either side of
 * midnight, days, and long absences; or the card's own due date, early or late, as a learner keeping up would.
 */
const wait = fc.oneof(
  fc.constant({ after: 0 }),
  fc.record({ after: fc.integer({ min: 0, max: 59 * SECOND }) }),
  fc.record({ after: fc.integer({ min: 1, max: 30 }).map((m) => m * MINUTE) }),
  fc.record({ after: fc.integer({ min: 0, max: DAY }) }),
  fc.record({ after: fc.integer({ min: 1, max: 60 }).map((d) => d * DAY) }),
  fc.record({ after: fc.integer({ min: 0, max: 60 * DAY }) }),
  fc.record({ after: fc.integer({ min: 0, max: 400 * DAY }) }),
  fc.record({ late: fc.integer({ min: -2 * DAY, max: 3 * DAY }) }),
);
type Wait = { after: number } | { late: number };

const retention = fc.oneof(
  fc.constantFrom(0.8, 0.85, 0.9, 0.95, 0.97),
  fc.double({ min: 0.8, max: 0.97, noNaN: true }),
);
const key = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom('gpt-2/c1', 'attention/q3', ''),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
);

/**
 * A card's history: where it starts (never seen, or pulled in new by a missed quiz) and its reviews. `size: 'max'`
 * because fast-check otherwise keeps arrays to about 10 items, whatever `maxLength` says.
 */
const history = fc.record({
  start: fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 0, 1) }),
  pulled: fc.boolean(),
  retention,
  key,
  reviews: fc.array(fc.record({ grade, wait }), { minLength: 1, maxLength: 40, size: 'max' }),
});
type History = typeof history extends fc.Arbitrary<infer T> ? T : never;

/** Never before the previous review: times only go forward. */
function nextTime(t: number, card: StoredCard | undefined, w: Wait): number {
  return 'after' in w ? t + w.after : Math.max(t, (card?.due ?? t) + w.late);
}

function firstCard(h: History): StoredCard | undefined {
  // A card a missed quiz pulled in: new, due at the pull.
  return h.pulled ? { ...newCard(new Date(h.start)), due: h.start } : undefined;
}

const stateNames = ['new', 'learning', 'review', 'relearning'] as const;

/** What the reviews covered: each state before a review, by grade, and the review-card branches. */
function emptyCoverage() {
  return {
    byStateAndGrade: new Map<string, number>(),
    reviewSameDay: 0,
    reviewLater: 0,
    fuzzed: 0,
    unfuzzed: 0,
    reviews: 0,
  };
}
type Coverage = ReturnType<typeof emptyCoverage>;

function record(cov: Coverage, before: StoredCard | undefined, g: Grade, after: StoredCard) {
  const state: CardStateKind = before?.state ?? 0;
  const k = `${stateNames[state]}/${g}`;
  cov.byStateAndGrade.set(k, (cov.byStateAndGrade.get(k) ?? 0) + 1);
  if (state === 2) {
    if (after.elapsedDays === 0) cov.reviewSameDay++;
    else cov.reviewLater++;
  }
  if (after.state === 2) {
    if (after.scheduledDays >= 3) cov.fuzzed++;
    else cov.unfuzzed++;
  }
  cov.reviews++;
}

function expectCovered(cov: Coverage) {
  for (const s of stateNames) {
    for (const g of [1, 2, 3, 4])
      expect(cov.byStateAndGrade.get(`${s}/${g}`) ?? 0, `${s}/${g}`).toBeGreaterThan(0);
  }
  expect(cov.reviewSameDay).toBeGreaterThan(0);
  expect(cov.reviewLater).toBeGreaterThan(0);
  expect(cov.fuzzed).toBeGreaterThan(0);
  expect(cov.unfuzzed).toBeGreaterThan(0);
}

describe('fast applyGrade against ts-fsrs (applyGradeWithTsFsrs)', () => {
  // If the fast path fell back to ts-fsrs, the equality below would hold trivially: count ts-fsrs's grading calls.
  let tsFsrsNext: MockInstance;
  beforeEach(() => {
    tsFsrsNext = vi.spyOn(FSRS.prototype, 'next');
  });
  afterEach(() => {
    tsFsrsNext.mockRestore();
  });

  it('gives the same StoredCard, every field, at every step of random review histories', () => {
    const cov = emptyCoverage();
    let runs = 0;
    fc.assert(
      fc.property(history, (h) => {
        runs++;
        const opts = { retention: h.retention };
        let card = firstCard(h);
        let t = h.start;
        for (const r of h.reviews) {
          t = nextTime(t, card, r.wait);
          const now = new Date(t);
          const callsBefore = tsFsrsNext.mock.calls.length;
          const fast = applyGrade(card, r.grade, now, opts, h.key);
          expect(tsFsrsNext.mock.calls.length, 'the fast path called ts-fsrs').toBe(callsBefore);
          const reference = applyGradeWithTsFsrs(card, r.grade, now, opts, h.key);
          expect(fast).toEqual(reference);
          record(cov, card, r.grade, reference.card);
          card = reference.card;
        }
      }),
      { numRuns: 500 },
    );
    expect(runs).toBeGreaterThanOrEqual(500);
    // The spy does see ts-fsrs grading: the reference's calls.
    expect(tsFsrsNext.mock.calls.length).toBe(cov.reviews);
    expectCovered(cov);
  });

  it('generated histories reach new, learning, review and relearning cards with every grade', () => {
    // The equality above would pass vacuously if the histories never left the learning steps.
    const cov = emptyCoverage();
    for (const h of fc.sample(history, 300)) {
      const opts = { retention: h.retention };
      let card = firstCard(h);
      let t = h.start;
      for (const r of h.reviews) {
        t = nextTime(t, card, r.wait);
        const after = applyGrade(card, r.grade, new Date(t), opts, h.key).card;
        record(cov, card, r.grade, after);
        card = after;
      }
    }
    expectCovered(cov);
    for (const s of stateNames) {
      const n = [1, 2, 3, 4].reduce((sum, g) => sum + (cov.byStateAndGrade.get(`${s}/${g}`) ?? 0), 0);
      expect(n, s).toBeGreaterThanOrEqual(100);
    }
  });
});

describe('previewDue', () => {
  // Clock set back included: a negative wait dates a review before the card's last one.
  const previewWait = fc.oneof(
    wait,
    fc.record({ after: fc.integer({ min: -3 * DAY, max: -1 }) }),
    fc.record({ after: fc.integer({ min: -HOUR, max: -1 }) }),
  );
  const previewHistory = fc.record({
    start: fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 0, 1) }),
    pulled: fc.boolean(),
    retention,
    key,
    reviews: fc.array(fc.record({ grade, wait: previewWait }), { minLength: 1, maxLength: 40, size: 'max' }),
  });

  it("matches applyGrade's due date for every grade, also for a review dated before the last one", () => {
    fc.assert(
      fc.property(previewHistory, (h) => {
        const opts = { retention: h.retention };
        let card = firstCard(h);
        let t = h.start;
        for (const r of h.reviews) {
          t = 'after' in r.wait ? t + r.wait.after : Math.max(t, (card?.due ?? t) + r.wait.late);
          const now = new Date(t);
          const due = previewDue(card, now, opts, h.key);
          for (const g of [1, 2, 3, 4] as const) {
            expect(due[g], `grade ${g}`).toBe(applyGrade(card, g, now, opts, h.key).card.due);
          }
          card = applyGrade(card, r.grade, now, opts, h.key).card;
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('a clock set back', () => {
  const opts = { retention: 0.9 };
  const t0 = Date.UTC(2026, 2, 1, 9);

  /** A review card, last reviewed some days after t0. */
  function reviewCard(): StoredCard {
    let card = applyGrade(undefined, 3, new Date(t0), opts, 'k').card;
    card = applyGrade(card, 3, new Date(card.due), opts, 'k').card;
    card = applyGrade(card, 3, new Date(card.due + HOUR), opts, 'k').card;
    expect(card.state).toBe(2);
    return card;
  }

  it('a review dated before the last review does not throw (Invalid delta_t)', () => {
    const card = reviewCard();
    const last = card.lastReview ?? 0;
    const earlier = new Date(last - 2 * DAY);
    // ts-fsrs itself refuses the negative elapsed time.
    expect(() => applyGradeWithTsFsrs(card, 3, earlier, opts, 'k')).toThrow(/Invalid delta_t/);
    for (const g of [1, 2, 3, 4] as const) {
      const outcome = applyGrade(card, g, earlier, opts, 'k');
      // Scheduled as a review at the last review's time, 0 days elapsed.
      expect(outcome.card).toEqual(applyGradeWithTsFsrs(card, g, new Date(last), opts, 'k').card);
      expect(outcome.card.lastReview).toBe(last);
      expect(outcome.card.elapsedDays).toBe(0);
      expect(outcome.card.due).toBeGreaterThan(last);
      expect(outcome.before).toBe(card);
      expect(previewDue(card, earlier, opts, 'k')[g]).toBe(outcome.card.due);
    }
  });

  it('any review dated before the last one is graded as at the last review, in every state', () => {
    fc.assert(
      fc.property(history, fc.integer({ min: 1, max: 800 * DAY }), grade, (h, back, g) => {
        const opts = { retention: h.retention };
        let card = firstCard(h);
        let t = h.start;
        for (const r of h.reviews) {
          t = nextTime(t, card, r.wait);
          card = applyGrade(card, r.grade, new Date(t), opts, h.key).card;
        }
        if (!card?.lastReview) return;
        const last = card.lastReview;
        const outcome = applyGrade(card, g, new Date(last - back), opts, h.key);
        expect(outcome.card).toEqual(applyGradeWithTsFsrs(card, g, new Date(last), opts, h.key).card);
      }),
      { numRuns: 300 },
    );
  });
});
