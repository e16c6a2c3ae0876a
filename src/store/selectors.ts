// Derived figures for pages, computed from the stores by the engine.
import { conceptTopics } from 'virtual:deck-index';
import { type Topic, topics } from '../content/schema';
import { type CardMarks, isStudyable } from '../engine/card-actions';
import { type QueueCounts, type QueueInput, queueCounts } from '../engine/queue';
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

/** The limits and clock a study queue is built under: the learner's settings and the study day. */
export interface StudyToday {
  cards: Readonly<Record<string, StoredCard>>;
  marks: ReadonlyMap<string, CardMarks>;
  reviews: MonthlyLog;
  now: number;
  day: { dayStart: number; dayEnd: number };
  newPerDay: number;
  reviewsPerDay: number;
  dayStartHour: number;
  /** The learner's topic priority for new cards; the deck's own order (prerequisites first) when it is the default. */
  topicOrder?: readonly Topic[];
}

/**
 * `keys` with new cards in the learner's topic priority: a stable sort by topic, so within a topic the deck's
 * prerequisite order stands. The default priority keeps the deck's order across topics, which introduces each
 * idea after the ones it builds on; only a learner who chose an order changes it.
 */
export function inTopicOrder(
  keys: readonly string[],
  order: readonly Topic[] | undefined,
): readonly string[] {
  if (!order || order.every((t, i) => t === topics[i])) return keys;
  const rank = new Map(order.map((t, i) => [t, i]));
  const rankOf = (key: string) =>
    rank.get(conceptTopics[key.slice(0, key.indexOf('/'))] as Topic) ?? order.length;
  return keys
    .map((key, i) => ({ key, i, r: rankOf(key) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.key);
}

/**
 * Reviews still allowed today under Anki's maximum reviews/day: minus today's grades of cards in the review state
 * and today's new cards (v3 scheduler: a new card counts against the review limit too). Learning steps do not count.
 */
export function reviewsLeftToday(
  reviews: MonthlyLog,
  introducedToday: number,
  dayStart: number,
  now: number,
  reviewsPerDay: number,
): number {
  let done = 0;
  for (const m of new Set([monthOf(dayStart), monthOf(now)]))
    for (const e of reviews[m] ?? []) if (e.grade > 0 && e.state === 2 && e.at >= dayStart) done++;
  return Math.max(0, reviewsPerDay - done - introducedToday);
}

/** The queue over `keys` today: suspended and buried cards left out, with today's new and review allowances. */
export function queueFor(keys: readonly string[], today: StudyToday): QueueInput {
  const { cards, marks, now, dayStartHour } = today;
  // A leech is suspended without a mark of its own, so every card is looked at, not only the marked ones.
  const active = inTopicOrder(keys, today.topicOrder).filter((k) => {
    const m = marks.get(k);
    // Most cards carry no mark and are no leech: they need no look at the calendar.
    return (
      (m === undefined && cards[k]?.leechAt === undefined) || isStudyable(m, cards[k], now, dayStartHour)
    );
  });
  const introduced = introducedSince(cards, today.day.dayStart);
  return {
    cards: active,
    states: cards,
    now,
    dayEnd: today.day.dayEnd,
    newLeft: Math.max(0, today.newPerDay - introduced),
    reviewsLeft: reviewsLeftToday(today.reviews, introduced, today.day.dayStart, now, today.reviewsPerDay),
  };
}

export function countsFor(keys: readonly string[], today: StudyToday, current?: string): QueueCounts {
  return queueCounts({ ...queueFor(keys, today), current });
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
  learningSteps?: string,
): Record<Grade, string> {
  // A new card a quiz pulled forward is still new: it previews as one.
  const due = previewDue(
    card && card.state !== 0 ? card : undefined,
    new Date(now),
    { retention, learningSteps },
    key,
  );
  return {
    1: formatInterval(due[1] - now),
    2: formatInterval(due[2] - now),
    3: formatInterval(due[3] - now),
    4: formatInterval(due[4] - now),
  };
}
