// Figures a learner sees about their own history: pure functions of stored data and `now`.
import type { StoredCard } from './scheduler';

/** A logged event as the engine sees it: grade 0 is a quiz miss, not a review. */
export interface LoggedEvent {
  card: string;
  grade: number;
  at: number;
}

/** Reviews (grades 1–4) made at or after `since` (epoch ms). */
export function reviewsSince(events: Iterable<LoggedEvent>, since: number): number {
  let n = 0;
  for (const e of events) if (e.grade > 0 && e.at >= since) n++;
  return n;
}

/** Cards first studied at or after `since`: they count against that day's new-card limit. */
export function introducedSince(
  cards: Readonly<Record<string, StoredCard | undefined>>,
  since: number,
): number {
  let n = 0;
  for (const c of Object.values(cards)) if (c?.introduced !== undefined && c.introduced >= since) n++;
  return n;
}

/** A card counts as mastered once FSRS expects to keep it at least this many days (stability ≥ 21 d, as Anki's "mature"). */
export const MASTERED_STABILITY_DAYS = 21;

export interface Mastery {
  total: number;
  studied: number;
  mastered: number;
}

/** How well a set of cards is known: how many were studied, and how many are mastered. */
export function mastery(states: readonly (StoredCard | undefined)[]): Mastery {
  let studied = 0;
  let mastered = 0;
  for (const s of states) {
    if (!s || s.state === 0) continue;
    studied++;
    if (s.stability >= MASTERED_STABILITY_DAYS) mastered++;
  }
  return { total: states.length, studied, mastered };
}
