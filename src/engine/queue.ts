// Which card a study session shows next: a pure function of the card states and the clock.
import type { StoredCard } from './scheduler';

/** Anki's "learn ahead limit": a learning card due within this many ms is shown rather than ending the session. */
export const LEARN_AHEAD_MS = 20 * 60_000;

export interface QueueInput<K extends string = string> {
  /** The cards in scope, in deck order. */
  cards: readonly K[];
  states: Readonly<Record<string, StoredCard | undefined>>;
  now: number;
  /** Start of the next study day: a review due before it is due today. */
  dayEnd: number;
  /** New cards still allowed today (the daily limit minus those already introduced today). */
  newLeft: number;
  /**
   * Reviews still allowed today (Anki's maximum reviews/day minus today's reviews and introductions): due reviews
   * are shown up to it, and new cards only while it leaves room after them. Learning cards are never capped.
   */
  reviewsLeft?: number;
}

/** A never-studied card: no state at all, or new (a missed quiz question pulled it to the front of the line). */
const isNew = (s: StoredCard | undefined): boolean => !s || s.state === 0;

export interface QueueCounts {
  /** Learning and relearning cards due now or within the learn-ahead limit (today). */
  learning: number;
  /** Review cards due today, including studied cards a missed quiz made due. */
  review: number;
  /** New cards that today's limit still allows, cards a missed quiz pulled in among them. */
  new: number;
}

const isLearning = (s: StoredCard) => s.state === 1 || s.state === 3;

/**
 * The next card to show, or undefined when the session is complete. Order: learning cards that have fallen due,
 * then reviews due today (most overdue first), then new cards up to the limit, then a learning card due within
 * the learn-ahead limit. One pass, no sorting: it runs after every grade.
 */
export function nextCard<K extends string>({
  cards,
  states,
  now,
  dayEnd,
  newLeft,
  reviewsLeft = Number.POSITIVE_INFINITY,
}: QueueInput<K>): K | undefined {
  let dueReviews = 0;
  let learning: K | undefined;
  let learningDue = Infinity;
  let review: K | undefined;
  let reviewDue = Infinity;
  let fresh: K | undefined;
  let pulled: K | undefined;
  let pulledAt = Infinity;
  let ahead: K | undefined;
  let aheadDue = Infinity;
  for (const key of cards) {
    const s = states[key];
    if (isNew(s)) {
      if (newLeft <= 0) continue;
      if (s?.pulled !== undefined) {
        if (s.pulled < pulledAt) [pulled, pulledAt] = [key, s.pulled];
      } else if (fresh === undefined) fresh = key;
    } else if (s && isLearning(s)) {
      if (s.due <= now) {
        if (s.due < learningDue) [learning, learningDue] = [key, s.due];
      } else if (s.due < aheadDue) [ahead, aheadDue] = [key, s.due];
    } else if (s && s.due < dayEnd) {
      dueReviews++;
      if (s.due < reviewDue) [review, reviewDue] = [key, s.due];
    }
  }
  const aheadOk = ahead !== undefined && aheadDue < dayEnd && aheadDue - now <= LEARN_AHEAD_MS;
  const reviewOk = reviewsLeft > 0;
  const newOk = reviewsLeft - Math.min(dueReviews, Math.max(reviewsLeft, 0)) > 0;
  return (
    learning ??
    (reviewOk ? review : undefined) ??
    (newOk ? (pulled ?? fresh) : undefined) ??
    (aheadOk ? ahead : undefined)
  );
}

/**
 * The counts a learner sees before and during a session, by the same rules `nextCard` picks by, so every card it
 * can show is counted: a learning card counts from when it is within the learn-ahead limit. `current`, the card on
 * screen, is counted in its kind even when the clock has moved on since it was picked.
 */
export function queueCounts({
  cards,
  states,
  now,
  dayEnd,
  newLeft,
  reviewsLeft = Number.POSITIVE_INFINITY,
  current,
}: QueueInput & { current?: string }): QueueCounts {
  const counts = { learning: 0, review: 0, new: 0 };
  let newCards = 0;
  for (const key of cards) {
    const s = states[key];
    if (isNew(s)) newCards++;
    else if (s && isLearning(s)) {
      if (key === current || (s.due < dayEnd && s.due - now <= LEARN_AHEAD_MS)) counts.learning++;
    } else if (s && (key === current || s.due < dayEnd)) counts.review++;
  }
  // A review card on screen was picked while the cap allowed it: it counts until graded.
  const reviewOnScreen = current !== undefined && states[current]?.state === 2 ? 1 : 0;
  counts.review = Math.min(counts.review, Math.max(reviewsLeft, reviewOnScreen));
  counts.new = Math.min(newCards, Math.max(newLeft, 0), Math.max(reviewsLeft - counts.review, 0));
  // A new card on screen is the first in line, so it is within the limit whenever the limit allowed showing it.
  if (current !== undefined && isNew(states[current]) && counts.new === 0) counts.new = 1;
  return counts;
}

/** When the earliest card in scope falls due after this session (learning later today, or the next review). */
export function nextDueAfter(input: Pick<QueueInput, 'cards' | 'states' | 'now'>): number | undefined {
  let earliest: number | undefined;
  for (const key of input.cards) {
    const s = input.states[key];
    if (s && s.state !== 0 && s.due > input.now && (earliest === undefined || s.due < earliest))
      earliest = s.due;
  }
  return earliest;
}
