// A release's date as a learner reads it, with only the precision its source gave.
import type { ReleaseStage } from '../data/gpt2-release-2019';

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** "14 February 2019", or "May 2019" when the day was not verified. */
export function releaseDate(stage: ReleaseStage): string {
  const month = `${MONTH_NAMES[stage.month - 1]} ${stage.year}`;
  return stage.day ? `${stage.day} ${month}` : month;
}
