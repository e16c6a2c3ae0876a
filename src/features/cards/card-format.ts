// How the card browser writes a row's figures: due dates by study day, intervals as on the grade buttons.
import { nextStudyDayStart, studyDayStart } from '../../engine/day';
import { formatInterval } from '../../engine/scheduler';
import type { CardRowState } from './card-list';

const DAY = 86_400_000;
const dayMonth = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short' });
const dayMonthYear = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', year: 'numeric' });

/** "Today", "Tomorrow", or the date ("Mar 12"; with the year when it is not this one). Overdue cards say so. */
export function dueLabel(due: number, now: number, dayStartHour: number): string {
  const dayStart = studyDayStart(new Date(now), dayStartHour).getTime();
  const dayEnd = nextStudyDayStart(new Date(now), dayStartHour).getTime();
  const date = new Date(due);
  const written = (date.getFullYear() === new Date(now).getFullYear() ? dayMonth : dayMonthYear).format(date);
  if (due < dayStart) return `Overdue, ${written}`;
  if (due < dayEnd) return 'Today';
  if (due < dayEnd + DAY) return 'Tomorrow';
  return written;
}

export const intervalLabel = (ms: number) => formatInterval(ms);

/** FSRS difficulty (1–10) to one decimal. */
export const difficultyLabel = (d: number) => (Math.round(d * 10) / 10).toFixed(1);

export const stateLabels: Record<CardRowState, string> = {
  new: 'New',
  learning: 'Learning',
  review: 'Review',
  suspended: 'Suspended',
  buried: 'Buried',
};

export const cardCount = (n: number) => `${n.toLocaleString('en')} ${n === 1 ? 'card' : 'cards'}`;
