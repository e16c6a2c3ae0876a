// How the learner's days add up on home: the streak, and how long what waits today should take at their own pace.
import { addStudyDays, studyDayStart } from './day';
import type { LoggedEvent } from './stats';

/**
 * Consecutive study days with at least one review (grades 1–4), ending with the study day that holds `now`, or with
 * the day before when today has none yet: a streak is not broken until the day is over. Days are study days, so a
 * review at 02:00 with a 04:00 day start counts for the day before.
 */
export function studyStreak(events: Iterable<LoggedEvent>, now: Date, dayStartHour: number): number {
  const end = now.getTime();
  const times: number[] = [];
  for (const e of events) if (e.grade > 0 && e.at <= end) times.push(e.at);
  sortAscending(times);
  // Walk back from the newest review one study day at a time: a year's log costs one pass, not a date per review.
  let i = times.length - 1;
  let from = studyDayStart(now, dayStartHour);
  let to = addStudyDays(from, 1).getTime();
  let streak = 0;
  let today = true;
  while (i >= 0) {
    while (i >= 0 && (times[i] as number) >= to) i--;
    if (i >= 0 && (times[i] as number) >= from.getTime()) streak++;
    else if (!today) break;
    today = false;
    to = from.getTime();
    from = addStudyDays(from, -1);
  }
  return streak;
}

/** Sorts in place unless already in order (the log's months usually are, and are read in order). */
function sortAscending(times: number[]): void {
  for (let i = 1; i < times.length; i++) {
    if ((times[i - 1] as number) > (times[i] as number)) {
      times.sort((a, b) => a - b);
      return;
    }
  }
}

/** A pause longer than this (ms) between two reviews is a break, not time spent on the second card. */
export const SITTING_GAP_MS = 5 * 60_000;
/** The pace assumed until the log holds `MIN_GAPS` gaps within a sitting: 8 seconds a card. */
export const DEFAULT_SECONDS_PER_REVIEW = 8;
export const MIN_GAPS = 10;
/** How many of the latest reviews the pace is measured over. */
export const RECENT_REVIEWS = 2000;

/**
 * The learner's own seconds per review, over their latest `RECENT_REVIEWS`: the median time from one review to the
 * next within a sitting (gaps over
 * `SITTING_GAP_MS` are breaks and left out), or `DEFAULT_SECONDS_PER_REVIEW` before there are `MIN_GAPS` such gaps.
 * The median, because one card mulled over for four minutes should not make every card look slow. Times in the log
 * are whole seconds, so two reviews in one second make a gap of 0, which is kept: it is a fast answer.
 */
export function secondsPerReview(events: Iterable<LoggedEvent>): number {
  const times: number[] = [];
  for (const e of events) if (e.grade > 0) times.push(e.at);
  sortAscending(times);
  const gaps: number[] = [];
  // The learner's pace now: the most recent reviews, not a year's worth (and a year's median is a 110k sort).
  for (let i = Math.max(1, times.length - RECENT_REVIEWS); i < times.length; i++) {
    const gap = (times[i] as number) - (times[i - 1] as number);
    if (gap <= SITTING_GAP_MS) gaps.push(gap);
  }
  if (gaps.length < MIN_GAPS) return DEFAULT_SECONDS_PER_REVIEW;
  gaps.sort((a, b) => a - b);
  const mid = gaps.length >> 1;
  const median =
    gaps.length % 2 ? (gaps[mid] as number) : ((gaps[mid - 1] as number) + (gaps[mid] as number)) / 2;
  return median / 1000;
}

/** Whole minutes (rounded up, so a few cards read "1 min", never "0 min") for `cards` reviews at `seconds` each. */
export function minutesFor(cards: number, seconds: number): number {
  return Math.ceil((cards * seconds) / 60);
}
