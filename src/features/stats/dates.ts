// Dates on the stats page's charts, from the engine's `YYYY-MM-DD` keys. English like the rest of the interface, and
// read in UTC from the key itself, so a label never shifts a day with the learner's time zone.
const at = (date: string) => new Date(`${date.length === 7 ? `${date}-01` : date}T12:00:00Z`);

const month = new Intl.DateTimeFormat('en', { month: 'short', timeZone: 'UTC' });
const monthYear = new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const day = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const fullDay = new Intl.DateTimeFormat('en', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "Mar" from `2026-03` or `2026-03-10`. */
export const monthName = (date: string) => month.format(at(date));
/** "March 2026" from `2026-03`. */
export const monthAndYear = (date: string) => monthYear.format(at(date));
/** "Mar 10" from `2026-03-10`. */
export const shortDate = (date: string) => day.format(at(date));
/** "Tue, Mar 10, 2026" from `2026-03-10`. */
export const longDate = (date: string) => fullDay.format(at(date));

export const pct = (x: number) => `${Math.round(x * 100)}%`;
/** One decimal where it matters: 89.5% is not 90%. */
export const pctPrecise = (x: number) => `${(Math.round(x * 1000) / 10).toString()}%`;
