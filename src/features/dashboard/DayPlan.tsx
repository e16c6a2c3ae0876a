// Above the topics: one way to start, the streak, and how long today's cards should take at the learner's own pace.
import { useMemo } from 'react';
import { Link } from 'react-router';
import { minutesFor, secondsPerReview, studyStreak } from '../../engine/study-time';
import { paths } from '../../paths';
import type { MonthlyLog } from '../../store/progress-schema';
import { AfterHydration } from '../../ui/useHydrated';
import { useHomeToday } from './use-home-today';

export function DayPlan() {
  return (
    <div className="day-plan">
      <Link className="button day-plan-study" to={paths.study.getHref()}>
        Study all
      </Link>
      {/* Two lines kept for the streak and the estimate, so nothing below moves when they arrive. */}
      <p className="day-plan-facts">
        <AfterHydration fallback={<DayPlanPlaceholder />}>{() => <DayPlanLive />}</AfterHydration>
      </p>
    </div>
  );
}

function DayPlanPlaceholder() {
  return (
    <>
      <span className="day-plan-streak">{'\u00a0'}</span>
      <span className="day-plan-estimate">{'\u00a0'}</span>
    </>
  );
}

const eventsOf = (log: MonthlyLog) => Object.values(log).flat();

function DayPlanLive() {
  const { today, due, fresh } = useHomeToday();
  const { reviews, dayStartHour, day } = today;
  const events = useMemo(() => eventsOf(reviews), [reviews]);
  // Any time inside today gives today's streak: keyed to the day, it is not recounted every 30 s of the clock.
  const streak = useMemo(
    () => studyStreak(events, new Date(day.dayEnd - 1), dayStartHour),
    [events, day.dayEnd, dayStartHour],
  );
  const seconds = useMemo(() => secondsPerReview(events), [events]);
  const cards = due + fresh;
  const shown = Math.max(1, Math.round(seconds));
  return (
    <>
      <span className="day-plan-streak">{streak === 0 ? 'No streak yet' : `${streak}-day streak`}</span>
      <span className="day-plan-estimate">
        {cards === 0 ? (
          <strong>Nothing waiting today</strong>
        ) : (
          <>
            <strong>About {minutesFor(cards, seconds)} min</strong>{' '}
            <span className="muted">
              for {cards} {cards === 1 ? 'card' : 'cards'} at {shown} s a card
            </span>
          </>
        )}
      </span>
    </>
  );
}
