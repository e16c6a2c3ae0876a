import { describe, expect, it } from 'vitest';
import { applyGrade, type StoredCard } from '../../src/engine/scheduler';
import {
  currentStreak,
  forecast,
  heatmapLayout,
  mastery,
  RETENTION_TOLERANCE,
  retentionVerdict,
  reviewsPerDay,
  reviewsSince,
  trueRetention,
  weekdayOf,
  weeklyRetention,
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

describe('true retention per week', () => {
  // 2026-03-10 is a Tuesday: the current week began on Monday 2026-03-09.
  it('splits review-state reviews into Monday-first weeks ending with the current one', () => {
    const weeks = weeklyRetention(
      [
        ev('2026-03-09T10:00:00', 3),
        ev('2026-03-10T09:00:00', 1),
        ev('2026-03-08T20:00:00', 4),
        ev('2026-03-02T10:00:00', 2),
        ev('2026-03-02T11:00:00', 1, 1), // relearning: not a review-state review
        ev('2026-03-02T12:00:00', 0), // a quiz miss: not a review
        ev('2026-02-20T10:00:00', 1), // before the first week
      ],
      now,
      4,
      2,
    );
    expect(weeks).toEqual([
      { start: '2026-03-02', passed: 2, reviews: 2, rate: 1 },
      { start: '2026-03-09', passed: 1, reviews: 2, rate: 0.5 },
    ]);
  });

  it('counts a review at 02:00 on Monday in the week before, as the study day does', () => {
    const weeks = weeklyRetention([ev('2026-03-09T02:00:00', 1)], now, 4, 2);
    expect(weeks.map((w) => w.reviews)).toEqual([1, 0]);
    expect(weeks[1]?.rate).toBeUndefined();
  });
});

describe('the retention verdict', () => {
  it(`is on target only within ${RETENTION_TOLERANCE * 100} points of the target`, () => {
    expect(retentionVerdict(0.86, 0.9)).toBe('below');
    expect(retentionVerdict(0.895, 0.9)).toBe('on-target');
    expect(retentionVerdict(0.88, 0.9)).toBe('on-target');
    expect(retentionVerdict(0.92, 0.9)).toBe('on-target');
    expect(retentionVerdict(0.95, 0.9)).toBe('above');
  });
});

describe('the heatmap layout', () => {
  it('knows the weekday of a date, Monday first', () => {
    expect(weekdayOf('2026-03-09')).toBe(0);
    expect(weekdayOf('2026-03-15')).toBe(6);
  });

  it('puts days in Monday-first week columns and labels each month at its first Monday', () => {
    const days = reviewsPerDay([], now, 4, 365);
    const { weeks, months } = heatmapLayout(days);
    // 2025-03-11 is a Tuesday: the first column starts with an empty Monday.
    expect(weeks[0]?.[0]).toBeUndefined();
    expect(weeks[0]?.[1]?.date).toBe('2025-03-11');
    expect(weeks.at(-1)?.[1]?.date).toBe('2026-03-10');
    expect(weeks.flat().filter(Boolean)).toHaveLength(365);
    // The partial March it opens with is labelled (April is 3 columns on); then every month once.
    expect(months.map((m) => m.month)).toEqual([
      '2025-03',
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
    ]);
    // 2026-03-01 is a Sunday, in a column that starts in February: March's label goes to the week of Monday 2 March.
    expect(months.at(-1)?.week).toBe(weeks.length - 2);
  });

  it('drops the opening month’s label when the next would overlap it', () => {
    const days = reviewsPerDay([], new Date('2026-03-10T12:00:00'), 4, 14); // from 2026-02-25
    expect(heatmapLayout(days).months.map((m) => m.month)).toEqual(['2026-03']);
  });
});
