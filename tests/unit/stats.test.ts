import { describe, expect, it } from 'vitest';
import { applyGrade, type StoredCard } from '../../src/engine/scheduler';
import {
  currentStreak,
  forecast,
  mastery,
  reviewsPerDay,
  reviewsSince,
  trueRetention,
} from '../../src/engine/stats';

const local = (s: string) => new Date(s).getTime(); // local time
const now = new Date('2026-03-10T12:00:00');
const ev = (at: string, grade = 3, state = 2) => ({ card: 'a/1', grade, state, at: local(at) });

describe('statistics', () => {
  it('counts reviews per study day, a 02:00 review going to the day before', () => {
    const days = reviewsPerDay(
      [
        ev('2026-03-10T09:00:00'),
        ev('2026-03-10T02:00:00'),
        ev('2026-03-09T20:00:00'),
        ev('2026-03-08T10:00:00', 0),
      ],
      now,
      4,
      3,
    );
    expect(days).toEqual([
      { date: '2026-03-08', count: 0 },
      { date: '2026-03-09', count: 2 },
      { date: '2026-03-10', count: 1 },
    ]);
  });

  it('covers 365 days ending today', () => {
    const days = reviewsPerDay([], now, 4, 365);
    expect(days).toHaveLength(365);
    expect(days.at(-1)?.date).toBe('2026-03-10');
    expect(days[0]?.date).toBe('2025-03-11');
  });

  it('keeps a streak alive until today is over', () => {
    const d = (counts: number[]) => counts.map((count, i) => ({ date: String(i), count }));
    expect(currentStreak(d([1, 0, 2, 3, 1]))).toBe(3);
    expect(currentStreak(d([1, 2, 3, 0]))).toBe(3);
    expect(currentStreak(d([1, 0, 0]))).toBe(0);
  });

  it('forecasts cards due per day, overdue counted today', () => {
    const card = (due: string): StoredCard => ({
      ...applyGrade(undefined, 4, new Date('2026-03-01T10:00:00'), { retention: 0.9 }).card,
      due: local(due),
    });
    const cards = {
      a: card('2026-03-01T10:00:00'),
      b: card('2026-03-11T03:00:00'),
      c: card('2026-03-11T05:00:00'),
      d: card('2026-03-12T12:00:00'),
      e: card('2026-05-01T12:00:00'),
    };
    const f = forecast(cards, now, 4, 30);
    expect(f).toHaveLength(30);
    expect(f.slice(0, 3).map((x) => x.count)).toEqual([2, 1, 1]);
    expect(f.reduce((n, x) => n + x.count, 0)).toBe(4);
  });

  it('computes true retention over review-state reviews only', () => {
    const since = local('2026-02-08T00:00:00');
    const r = trueRetention(
      [
        ev('2026-03-01T10:00:00', 3, 2),
        ev('2026-03-02T10:00:00', 1, 2),
        ev('2026-03-03T10:00:00', 2, 2),
        ev('2026-03-03T11:00:00', 1, 1),
        ev('2026-03-03T12:00:00', 3, 0),
        ev('2026-01-01T10:00:00', 1, 2),
      ],
      since,
    );
    expect(r).toEqual({ passed: 2, reviews: 3, rate: 2 / 3 });
    expect(trueRetention([], since).rate).toBeUndefined();
  });

  it('counts mastery as stability of 21 days or more', () => {
    const base = applyGrade(undefined, 3, now, { retention: 0.9 }).card;
    expect(
      mastery([undefined, { ...base, stability: 30, state: 2 }, { ...base, stability: 5, state: 2 }]),
    ).toEqual({
      total: 3,
      studied: 2,
      mastered: 1,
    });
  });

  it('counts only grades as reviews', () => {
    expect(
      reviewsSince([ev('2026-03-10T09:00:00'), ev('2026-03-10T09:05:00', 0)], local('2026-03-10T04:00:00')),
    ).toBe(1);
  });
});
