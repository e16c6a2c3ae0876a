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

interface Sorted<K> {
  learningNow: K[];
  learningLater: K[];
  review: K[];
  fresh: K[];
}

function sort<K extends string>({ cards, states, now, dayEnd, newLeft }: QueueInput<K>): Sorted<K> {
  const learningNow: K[] = [];
  const learningLater: K[] = [];
  const review: K[] = [];
  const fresh: K[] = [];
  for (const key of cards) {
    const s = states[key];
    if (!s) {
      if (fresh.length < newLeft) fresh.push(key);
    } else if (isLearning(s)) {
      if (s.due <= now) learningNow.push(key);
      else if (s.due < dayEnd) learningLater.push(key);
    } else if (s.due < dayEnd) {
      // Review cards due today, and new cards a missed quiz pulled into today: neither counts against the new limit.
      review.push(key);
    }
  }
  const byDue = (a: K, b: K) => (states[a]?.due ?? 0) - (states[b]?.due ?? 0);
  learningNow.sort(byDue);
  learningLater.sort(byDue);
  review.sort(byDue);
  return { learningNow, learningLater, review, fresh };
}

/**
 * The next card to show, or undefined when the session is complete. Order: learning cards that have fallen due,
 * then reviews due today (most overdue first), then new cards up to the limit, then a learning card due within
 * the learn-ahead limit.
 */
export function nextCard<K extends string>(input: QueueInput<K>): K | undefined {
  const q = sort(input);
  const ahead = q.learningLater[0];
  const aheadOk = ahead !== undefined && (input.states[ahead]?.due ?? Infinity) - input.now <= LEARN_AHEAD_MS;
  return q.learningNow[0] ?? q.review[0] ?? q.fresh[0] ?? (aheadOk ? ahead : undefined);
}

/** The counts a learner sees before and during a session. */
export function queueCounts(input: QueueInput): QueueCounts {
  const q = sort(input);
  return { learning: q.learningNow.length, review: q.review.length, new: q.fresh.length };
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
