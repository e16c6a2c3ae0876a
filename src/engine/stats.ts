// Figures a learner sees about their own history: pure functions of stored data and `now`.
import { addStudyDays, localDateKey, studyDayKey, studyDayStart } from './day';
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

/** A logged event with the card's state before it, as true retention needs. */
export interface ReviewEvent extends LoggedEvent {
  state: number;
}

export interface DayCount {
  /** The study day's date, `YYYY-MM-DD`. */
  date: string;
  count: number;
}

/**
 * Reviews per study day for the `days` days ending with the study day that contains `now` (oldest first). A review at
 * 02:00 with a 04:00 day start counts for the day before, as it does everywhere else in Descent.
 */
export function reviewsPerDay(
  events: Iterable<LoggedEvent>,
  now: Date,
  dayStartHour: number,
  days: number,
): DayCount[] {
  const today = studyDayStart(now, dayStartHour);
  const first = addStudyDays(today, -(days - 1));
  const out: DayCount[] = [];
  const index = new Map<string, number>();
  for (let i = 0; i < days; i++) {
    const date = localDateKey(addStudyDays(first, i));
    index.set(date, i);
    out.push({ date, count: 0 });
  }
  const from = first.getTime();
  for (const e of events) {
    if (e.grade === 0 || e.at < from) continue;
    const i = index.get(studyDayKey(new Date(e.at), dayStartHour));
    const slot = i === undefined ? undefined : out[i];
    if (slot) slot.count++;
  }
  return out;
}

/**
 * Consecutive study days with at least one review, ending today, or yesterday when today has none yet (a streak is
 * not broken until the day is over).
 */
export function currentStreak(perDay: readonly DayCount[]): number {
  let i = perDay.length - 1;
  if (perDay[i]?.count === 0) i--;
  let streak = 0;
  for (; i >= 0 && (perDay[i]?.count ?? 0) > 0; i--) streak++;
  return streak;
}

/** Cards falling due on each of the next `days` study days; day 0 (today) includes everything overdue. */
export function forecast(
  cards: Readonly<Record<string, StoredCard | undefined>>,
  now: Date,
  dayStartHour: number,
  days: number,
): DayCount[] {
  const today = studyDayStart(now, dayStartHour);
  const bounds = Array.from({ length: days + 1 }, (_, i) => addStudyDays(today, i).getTime());
  const out = bounds.slice(0, days).map((b) => ({ date: localDateKey(new Date(b)), count: 0 }));
  for (const c of Object.values(cards)) {
    if (!c || c.state === 0) continue;
    if (c.due < (bounds[1] as number)) {
      (out[0] as DayCount).count++;
      continue;
    }
    for (let d = 1; d < days; d++) {
      if (c.due < (bounds[d + 1] as number)) {
        (out[d] as DayCount).count++;
        break;
      }
    }
  }
  return out;
}

export interface Retention {
  passed: number;
  reviews: number;
  /** passed ÷ reviews, or undefined with no review-state reviews in the window. */
  rate: number | undefined;
}

/** True retention: of the reviews of cards in the review state since `since`, the share not graded Again. */
export function trueRetention(events: Iterable<ReviewEvent>, since: number): Retention {
  let reviews = 0;
  let passed = 0;
  for (const e of events) {
    if (e.grade === 0 || e.state !== 2 || e.at < since) continue;
    reviews++;
    if (e.grade > 1) passed++;
  }
  return { passed, reviews, rate: reviews ? passed / reviews : undefined };
}
