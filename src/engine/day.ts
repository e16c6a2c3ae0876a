// Study days start at a configurable local hour (Anki's "next day starts at"), not at midnight.

/** The start of the study day that contains `now`: today at `dayStartHour` local time, or yesterday's if earlier. */
export function studyDayStart(now: Date, dayStartHour: number): Date {
  const start = new Date(now.getFullYear(), now.getMonth(), now.getDate(), dayStartHour, 0, 0, 0);
  if (now.getTime() < start.getTime()) start.setDate(start.getDate() - 1);
  return start;
}

/** The start of the next study day: cards due before it count as "due today". */
export function nextStudyDayStart(now: Date, dayStartHour: number): Date {
  const start = studyDayStart(now, dayStartHour);
  start.setDate(start.getDate() + 1);
  return start;
}

/** The study day's calendar date as `YYYY-MM-DD` (a review at 02:00 belongs to the day before, with a 04:00 start). */
export function studyDayKey(at: Date, dayStartHour: number): string {
  const start = studyDayStart(at, dayStartHour);
  return localDateKey(start);
}

export function localDateKey(d: Date): string {
  const y = d.getFullYear();
  const m = String(d.getMonth() + 1).padStart(2, '0');
  const day = String(d.getDate()).padStart(2, '0');
  return `${y}-${m}-${day}`;
}

/** Adds whole calendar days to a date at the day-start hour, safe across daylight-saving changes. */
export function addStudyDays(dayStart: Date, days: number): Date {
  const d = new Date(dayStart);
  d.setDate(d.getDate() + days);
  return d;
}
