import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SECONDS_PER_REVIEW,
  minutesFor,
  secondsPerReview,
  studyStreak,
} from '../../src/engine/study-time';

const local = (s: string) => new Date(s).getTime(); // local time, no zone suffix
const review = (at: string, grade = 3) => ({ card: 'a/1', grade, at: local(at) });

/** `n` reviews from `start`, `gapSeconds` apart. */
function sitting(start: string, n: number, gapSeconds: number) {
  return Array.from({ length: n }, (_, i) => ({
    card: `a/${i}`,
    grade: 3,
    at: local(start) + i * gapSeconds * 1000,
  }));
}

describe('study streak', () => {
  const now = new Date('2026-03-10T12:00:00');

  it('counts consecutive study days ending today', () => {
    const events = [
      review('2026-03-08T09:00:00'),
      review('2026-03-09T20:00:00'),
      review('2026-03-10T08:00:00'),
    ];
    expect(studyStreak(events, now, 4)).toBe(3);
  });

  it('is not broken until today is over: it may end yesterday', () => {
    const events = [review('2026-03-08T09:00:00'), review('2026-03-09T20:00:00')];
    expect(studyStreak(events, now, 4)).toBe(2);
  });

  it('ends at a day with no review', () => {
    const events = [
      review('2026-03-06T09:00:00'),
      review('2026-03-08T09:00:00'),
      review('2026-03-10T09:00:00'),
    ];
    expect(studyStreak(events, now, 4)).toBe(1);
    expect(studyStreak([review('2026-03-08T09:00:00')], now, 4)).toBe(0);
    expect(studyStreak([], now, 4)).toBe(0);
  });

  it('counts a review before the day-start hour for the day before', () => {
    // 02:00 on the 10th belongs to the 9th with a 04:00 start: the 9th and the 8th make 2 days, and today is open.
    const events = [review('2026-03-08T21:00:00'), review('2026-03-10T02:00:00')];
    expect(studyStreak(events, now, 4)).toBe(2);
    // With a midnight start the same 02:00 is the 10th, and the 9th is missing: the streak is today alone.
    expect(studyStreak(events, now, 0)).toBe(1);
  });

  it('at 03:00 with a 04:00 start, today is still yesterday', () => {
    const early = new Date('2026-03-10T03:00:00');
    const events = [review('2026-03-08T09:00:00'), review('2026-03-09T09:00:00')];
    // The study day holding 03:00 on the 10th is the 9th, which has a review.
    expect(studyStreak(events, early, 4)).toBe(2);
  });

  it('leaves out quiz misses and forgets (grades 0 and -1)', () => {
    const events = [review('2026-03-09T09:00:00', 0), review('2026-03-10T09:00:00', -1)];
    expect(studyStreak(events, now, 4)).toBe(0);
  });
});

describe('seconds per review', () => {
  it('is 8 s a card before there are 10 gaps within a sitting', () => {
    expect(secondsPerReview([])).toBe(DEFAULT_SECONDS_PER_REVIEW);
    expect(DEFAULT_SECONDS_PER_REVIEW).toBe(8);
    // 10 reviews make only 9 gaps.
    expect(secondsPerReview(sitting('2026-03-10T09:00:00', 10, 20))).toBe(8);
    expect(secondsPerReview(sitting('2026-03-10T09:00:00', 11, 20))).toBe(20);
  });

  it('ignores breaks over 5 minutes', () => {
    // Two sittings of 6 reviews (5 gaps each, 12 s) a day apart, with one 5 min 1 s pause inside the second.
    const first = sitting('2026-03-09T09:00:00', 6, 12);
    const second = sitting('2026-03-10T09:00:00', 6, 12);
    const after = { card: 'b/1', grade: 3, at: (second.at(-1)?.at ?? 0) + 301_000 };
    expect(secondsPerReview([...first, ...second, after])).toBe(12);
    // A gap of exactly 5 minutes is still one sitting: with it there are 11 gaps, and the median stays 12.
    const atLimit = { ...after, at: (second.at(-1)?.at ?? 0) + 300_000 };
    expect(secondsPerReview([...first, ...second, atLimit])).toBe(12);
  });

  it('takes the median, so one long think does not make every card slow', () => {
    const events = sitting('2026-03-10T09:00:00', 12, 10);
    const slow = { card: 'c/1', grade: 3, at: (events.at(-1)?.at ?? 0) + 240_000 };
    expect(secondsPerReview([...events, slow])).toBe(10);
  });

  it('reads the log in any order and leaves out events that are not reviews', () => {
    const events = sitting('2026-03-10T09:00:00', 11, 15).reverse();
    const misses = sitting('2026-03-10T09:00:05', 11, 15).map((e) => ({ ...e, grade: 0 }));
    expect(secondsPerReview([...events, ...misses])).toBe(15);
  });

  it('averages the two middle gaps of an even count', () => {
    const a = sitting('2026-03-10T09:00:00', 6, 10);
    const b = sitting('2026-03-11T09:00:00', 7, 20);
    // 5 gaps of 10 s and 6 of 20 s: 11 gaps, median 20. One more of 10 s: 12 gaps, median (10 + 20) / 2.
    expect(secondsPerReview([...a, ...b])).toBe(20);
    const c = sitting('2026-03-12T09:00:00', 2, 10);
    expect(secondsPerReview([...a, ...b, ...c])).toBe(15);
  });
});

describe('minutes for the cards waiting', () => {
  it('rounds up to whole minutes', () => {
    expect(minutesFor(0, 8)).toBe(0);
    expect(minutesFor(1, 8)).toBe(1);
    expect(minutesFor(20, 8)).toBe(3); // 160 s
    expect(minutesFor(30, 12)).toBe(6);
  });
});
