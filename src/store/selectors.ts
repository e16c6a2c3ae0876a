// Derived figures for pages, computed from the stores by the engine.
import { type QueueCounts, queueCounts } from '../engine/queue';
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
