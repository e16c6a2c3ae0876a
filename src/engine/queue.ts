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
}

export interface QueueCounts {
  /** Learning and relearning cards due now (or within the learn-ahead limit when nothing else is left). */
  learning: number;
  /** Review cards due today, including cards a missed quiz pulled forward. */
  review: number;
  /** New cards that today's limit still allows. */
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
}: QueueInput<K>): K | undefined {
  let learning: K | undefined;
  let learningDue = Infinity;
  let review: K | undefined;
  let reviewDue = Infinity;
  let fresh: K | undefined;
  let ahead: K | undefined;
  let aheadDue = Infinity;
  for (const key of cards) {
    const s = states[key];
    if (!s) {
      if (fresh === undefined && newLeft > 0) fresh = key;
    } else if (isLearning(s)) {
      if (s.due <= now) {
        if (s.due < learningDue) [learning, learningDue] = [key, s.due];
      } else if (s.due < aheadDue) [ahead, aheadDue] = [key, s.due];
    } else if (s.due < dayEnd && s.due < reviewDue) [review, reviewDue] = [key, s.due];
  }
  const aheadOk = ahead !== undefined && aheadDue < dayEnd && aheadDue - now <= LEARN_AHEAD_MS;
  return learning ?? review ?? fresh ?? (aheadOk ? ahead : undefined);
}

/** The counts a learner sees before and during a session. */
export function queueCounts({ cards, states, now, dayEnd, newLeft }: QueueInput): QueueCounts {
  const counts = { learning: 0, review: 0, new: 0 };
  for (const key of cards) {
    const s = states[key];
    if (!s) {
      if (counts.new < newLeft) counts.new++;
    } else if (isLearning(s)) {
      if (s.due <= now) counts.learning++;
    } else if (s.due < dayEnd) {
      // Review cards due today, and new cards a missed quiz pulled into today: neither counts against the new limit.
      counts.review++;
    }
  }
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
