// Derived figures for pages, computed from the stores by the engine.
import { type QueueCounts, queueCounts } from '../engine/queue';
import { formatInterval, type Grade, previewDue, type StoredCard } from '../engine/scheduler';
import { introducedSince, reviewsSince } from '../engine/stats';
import { monthOf } from './log-codec';
import type { MonthlyLog } from './progress-schema';

/** Reviews logged since `dayStart` (undone ones are not in `reviews`): only two months' chunks can hold them. */
export function reviewedToday(reviews: MonthlyLog, dayStart: number, now: number): number {
  const months = new Set([monthOf(dayStart), monthOf(now)]);
  let n = 0;
  for (const m of months) n += reviewsSince(reviews[m] ?? [], dayStart);
  return n;
}

/** Every review (grades 1–4) a learner sees in their history. */
export function totalReviews(reviews: MonthlyLog): number {
  let n = 0;
  for (const events of Object.values(reviews)) for (const e of events) if (e.grade > 0) n++;
  return n;
}

export function newLeftToday(
  cards: Readonly<Record<string, StoredCard>>,
  dayStart: number,
  newPerDay: number,
): number {
  return Math.max(0, newPerDay - introducedSince(cards, dayStart));
}

/**
 * What a quiz's misses bring into study: studied cards are due now; cards never studied lead the new cards within
 * what is left of today's limit (`next`), and the rest lead tomorrow's (`tomorrow`).
 */
export function revisitOutlook(
  revisit: readonly string[],
  cards: Readonly<Record<string, StoredCard>>,
  dayStart: number,
  newPerDay: number,
): { next: number; tomorrow: number } {
  const studied = revisit.filter((k) => (cards[k]?.state ?? 0) !== 0).length;
  const unseen = revisit.length - studied;
  const newToday = Math.min(unseen, newLeftToday(cards, dayStart, newPerDay));
  return { next: studied + newToday, tomorrow: unseen - newToday };
}

export function countsFor(
  keys: readonly string[],
  cards: Readonly<Record<string, StoredCard>>,
  now: number,
  day: { dayStart: number; dayEnd: number },
  newPerDay: number,
  current?: string,
): QueueCounts {
  return queueCounts({
    cards: keys,
    states: cards,
    now,
    dayEnd: day.dayEnd,
    newLeft: newLeftToday(cards, day.dayStart, newPerDay),
    current,
  });
}

/** How many of `keys` the learner has studied (a card a quiz only pulled forward is still new). */
export function studiedCount(keys: readonly string[], cards: Readonly<Record<string, StoredCard>>): number {
  let n = 0;
  for (const k of keys) if ((cards[k]?.state ?? 0) !== 0) n++;
  return n;
}

/** The label on each grade button: the interval that grade would schedule, as ts-fsrs previews it. */
export function gradeIntervals(
  card: StoredCard | undefined,
  key: string,
  now: number,
  retention: number,
): Record<Grade, string> {
  // A new card a quiz pulled forward is still new: it previews as one.
  const due = previewDue(card && card.state !== 0 ? card : undefined, new Date(now), { retention }, key);
  return {
    1: formatInterval(due[1] - now),
    2: formatInterval(due[2] - now),
    3: formatInterval(due[3] - now),
    4: formatInterval(due[4] - now),
  };
}
