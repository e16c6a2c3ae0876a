// Derived figures for pages, computed from the stores by the engine.

import { type QueueCounts, queueCounts } from '../engine/queue';
import { formatInterval, type Grade, previewDue, type StoredCard } from '../engine/scheduler';
import { introducedSince, reviewsSince } from '../engine/stats';
import { monthOf } from './log-codec';
import type { ProgressData } from './progress-schema';

/** Reviews logged since `dayStart`: only the current and previous month's chunks can hold them. */
export function reviewedToday(log: ProgressData['log'], dayStart: number, now: number): number {
  const months = new Set([monthOf(dayStart), monthOf(now)]);
  let n = 0;
  for (const m of months) n += reviewsSince(log[m] ?? [], dayStart);
  return n;
}

export function newLeftToday(cards: ProgressData['cards'], dayStart: number, newPerDay: number): number {
  return Math.max(0, newPerDay - introducedSince(cards, dayStart));
}

export function countsFor(
  keys: readonly string[],
  cards: ProgressData['cards'],
  now: number,
  day: { dayStart: number; dayEnd: number },
  newPerDay: number,
): QueueCounts {
  return queueCounts({
    cards: keys,
    states: cards,
    now,
    dayEnd: day.dayEnd,
    newLeft: newLeftToday(cards, day.dayStart, newPerDay),
  });
}

/** The label on each grade button: the interval that grade would schedule, as ts-fsrs previews it. */
export function gradeIntervals(
  card: StoredCard | undefined,
  key: string,
  now: number,
  retention: number,
): Record<Grade, string> {
  const due = previewDue(card, new Date(now), { retention }, key);
  return {
    1: formatInterval(due[1] - now),
    2: formatInterval(due[2] - now),
    3: formatInterval(due[3] - now),
    4: formatInterval(due[4] - now),
  };
}
