// The stats page's progress-dependent parts, each computed by the engine from the stores. The page renders them only
// after hydration (see StatsPage).
import { useMemo } from 'react';
import {
  currentStreak,
  forecast,
  RETENTION_TOLERANCE,
  retentionVerdict,
  reviewsPerDay,
  trueRetention,
  weeklyRetention,
} from '../../engine/stats';
import { useProgress, useSettings } from '../../store/use-stores';
import { pctPrecise } from './dates';
import { ForecastChart } from './ForecastChart';
import { Heatmap } from './Heatmap';
import { RetentionChart } from './RetentionChart';
import { useReviewHistory } from './use-review-history';

const DAY = 86_400_000;
export const RETENTION_WEEKS = 12;

export function StatsSummary() {
  const { events, now, dayStartHour } = useReviewHistory();
  const { streak, total, retention } = useMemo(
    () => ({
      streak: currentStreak(reviewsPerDay(events, now, dayStartHour, 365)),
      total: events.filter((e) => e.grade > 0).length,
      retention: trueRetention(events, now.getTime() - 30 * DAY),
    }),
    [events, now, dayStartHour],
  );
  return (
    <dl className="figures">
      <div className="stat">
        <dt>Current streak</dt>{' '}
        <dd>
          {streak} {streak === 1 ? 'day' : 'days'}
        </dd>
      </div>
      <div className="stat">
        <dt>Reviews in all</dt> <dd>{total}</dd>
      </div>
      <div className="stat">
        <dt>Retention, last 30 days</dt>{' '}
        <dd>{retention.rate === undefined ? '–' : pctPrecise(retention.rate)}</dd>
      </div>
    </dl>
  );
}

export function ActivitySection() {
  const { events, now, dayStartHour } = useReviewHistory();
  const days = useMemo(() => reviewsPerDay(events, now, dayStartHour, 365), [events, now, dayStartHour]);
  return <Heatmap days={days} />;
}

export function ForecastSection() {
  const cards = useProgress((s) => s.cards);
  const { now, dayStartHour } = useReviewHistory();
  const days = useMemo(() => forecast(cards, now, dayStartHour, 30), [cards, now, dayStartHour]);
  return <ForecastChart days={days} />;
}

/** The words for a verdict, with the tolerance it was judged by, so "on target" says what it means. */
export function verdictText(rate: number, target: number): string {
  const points = `${RETENTION_TOLERANCE * 100} points`;
  switch (retentionVerdict(rate, target)) {
    case 'on-target':
      return `On target (within ${points} of ${pctPrecise(target)})`;
    case 'below':
      return `Below target (more than ${points} under ${pctPrecise(target)})`;
    case 'above':
      return `Above target (more than ${points} over ${pctPrecise(target)})`;
  }
}

export function RetentionSection() {
  const { events, now, dayStartHour } = useReviewHistory();
  const target = useSettings((s) => s.retention);
  const { month, weeks } = useMemo(
    () => ({
      month: trueRetention(events, now.getTime() - 30 * DAY),
      weeks: weeklyRetention(events, now, dayStartHour, RETENTION_WEEKS),
    }),
    [events, now, dayStartHour],
  );
  const verdict = month.rate === undefined ? undefined : retentionVerdict(month.rate, target);
  return (
    <>
      {month.rate === undefined ? (
        <p>
          No reviews of cards in the review state in the last 30 days yet: true retention counts only cards
          that have graduated from learning.
        </p>
      ) : (
        <p>
          You passed {month.passed} of {month.reviews} reviews of cards in the review state in the last 30
          days: <strong>{pctPrecise(month.rate)}</strong> against your desired retention of{' '}
          <strong>{pctPrecise(target)}</strong>. <strong>{verdictText(month.rate, target)}</strong>
          {verdict === 'below'
            ? '. Each card you forget comes back sooner, which tends to bring retention up.'
            : verdict === 'above'
              ? '. You could lower desired retention in Settings for fewer reviews.'
              : '.'}
        </p>
      )}
      <RetentionChart weeks={weeks} target={target} />
    </>
  );
}
