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
    if (e.grade <= 0 || e.at < from) continue;
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
    if (e.grade <= 0 || e.state !== 2 || e.at < since) continue;
    reviews++;
    if (e.grade > 1) passed++;
  }
  return { passed, reviews, rate: reviews ? passed / reviews : undefined };
}

/**
 * How far true retention may sit from the desired retention and still be "on target": 2 percentage points. A
 * month's rate is a share of a few hundred reviews at most, and at 90% over 225 reviews one standard error is
 * √(0.9 × 0.1 ÷ 225) = 2 points: a smaller gap is within what chance alone moves, a larger one (86% against 90%) is
 * worth telling the learner.
 */
export const RETENTION_TOLERANCE = 0.02;

/** Where true retention stands against the target: within the tolerance, below it, or above it. */
export function retentionVerdict(rate: number, target: number): 'on-target' | 'below' | 'above' {
  // Compared in tenths of a point, so 88.0% against 90% is within 2 points despite floating-point error.
  const gap = Math.round((rate - target) * 1000) / 10;
  if (Math.abs(gap) <= RETENTION_TOLERANCE * 100) return 'on-target';
  return gap < 0 ? 'below' : 'above';
}

/** The weekday of a `YYYY-MM-DD` date, Monday first: 0 Monday … 6 Sunday (ISO 8601 weeks, as the heatmap rows). */
export function weekdayOf(date: string): number {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number);
  return (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
}

export interface WeekRetention extends Retention {
  /** The week's first study day (a Monday), `YYYY-MM-DD`. */
  start: string;
}

/**
 * True retention per week for the `weeks` weeks ending with the current one (oldest first; weeks start on Monday, by
 * study day). Each week: of the reviews of cards in the review state, the share not graded Again; `rate` is
 * undefined for a week with none. The current week counts the days so far.
 */
export function weeklyRetention(
  events: Iterable<ReviewEvent>,
  now: Date,
  dayStartHour: number,
  weeks: number,
): WeekRetention[] {
  const today = studyDayStart(now, dayStartHour);
  const monday = addStudyDays(today, -weekdayOf(localDateKey(today)));
  const starts = Array.from({ length: weeks + 1 }, (_, i) => addStudyDays(monday, 7 * (i - weeks + 1)));
  const bounds = starts.map((d) => d.getTime());
  const out = starts
    .slice(0, weeks)
    .map((d): WeekRetention => ({ start: localDateKey(d), passed: 0, reviews: 0, rate: undefined }));
  const from = bounds[0] as number;
  const to = bounds[weeks] as number;
  for (const e of events) {
    if (e.grade <= 0 || e.state !== 2 || e.at < from || e.at >= to) continue;
    let w = weeks - 1;
    while (w > 0 && e.at < (bounds[w] as number)) w--;
    const week = out[w] as WeekRetention;
    week.reviews++;
    if (e.grade > 1) week.passed++;
  }
  for (const week of out) week.rate = week.reviews ? week.passed / week.reviews : undefined;
  return out;
}

/** A calendar heatmap's grid: one column per week, Monday to Sunday, and where each month's label goes. */
export interface HeatmapLayout {
  /** Columns, oldest first; each has 7 slots, Monday first, undefined where the range has no day. */
  weeks: (DayCount | undefined)[][];
  /** Month labels, `YYYY-MM`, at the month's first column that starts (Monday) in it, as GitHub's calendar does. */
  months: { month: string; week: number }[];
}

/**
 * Lays out days (consecutive, oldest first) as week columns. A month is labelled above its first column whose Monday
 * falls in it (a column starting in the month before is mostly that month); the partial month the range opens with
 * is labelled only when the next label is at least `labelGap` columns away, so two labels never overlap.
 */
export function heatmapLayout(days: readonly DayCount[], labelGap = 3): HeatmapLayout {
  const first = days[0];
  if (!first) return { weeks: [], months: [] };
  const offset = weekdayOf(first.date);
  const weeks: (DayCount | undefined)[][] = [];
  const months: { month: string; week: number }[] = [];
  days.forEach((day, i) => {
    const slot = i + offset;
    const week = Math.floor(slot / 7);
    if (!weeks[week]) weeks[week] = Array.from({ length: 7 }, () => undefined);
    (weeks[week] as (DayCount | undefined)[])[slot % 7] = day;
    const month = day.date.slice(0, 7);
    if ((i === 0 || slot % 7 === 0) && months.at(-1)?.month !== month) months.push({ month, week });
  });
  const [opening, next] = months;
  if (opening && next && next.week - opening.week < labelGap) months.shift();
  return { weeks, months };
}
