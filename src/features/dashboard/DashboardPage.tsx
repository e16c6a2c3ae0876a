import { cardKeys, conceptCount } from 'virtual:deck-index';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { paths } from '../../paths';
import { countsFor, reviewedToday, studiedCount } from '../../store/selectors';
import { useProgress } from '../../store/use-stores';
import { useNow, useStudyToday } from '../../store/use-study-day';
import { PageTitle } from '../../ui/PageTitle';
import { AfterHydration } from '../../ui/useHydrated';

const labels = ['Due now', 'New cards available today', 'Reviewed today'] as const;

export default function DashboardPage() {
  return (
    <section className="page">
      <PageTitle title={undefined} />
      <h1>Today</h1>
      <p className="muted">
        {conceptCount} concepts and {cardKeys.length} cards from Ilya Sutskever’s 2020 conversation with Lex
        Fridman.
      </p>
      {/* One line kept free for the learner's count, so nothing below moves when it arrives. */}
      <p className="muted one-line">
        <AfterHydration fallback={'\u00a0'}>{() => <StudiedSoFar />}</AfterHydration>
      </p>
      {/* The prerendered page shows the three figures with a dash, and the learner's numbers replace it in place. */}
      <AfterHydration fallback={<TodayFigures values={['–', '–', '–']} />}>
        {() => <TodayLive />}
      </AfterHydration>
      <div className="actions">
        <Link className="button" to={paths.study.getHref()}>
          Study
        </Link>
        <Link className="button quiet" to={paths.quiz.getHref()}>
          Take a quiz
        </Link>
        <Link className="button quiet" to={paths.concepts.getHref()}>
          Browse concepts
        </Link>
      </div>
      <AfterHydration fallback={null}>{() => <NothingDue />}</AfterHydration>
    </section>
  );
}

function TodayFigures({ values }: { values: readonly [string | number, string | number, string | number] }) {
  return (
    <dl className="figures">
      {labels.map((label, i) => (
        <div className="figure" key={label}>
          <dt>{label}</dt> <dd>{values[i]}</dd>
        </div>
      ))}
    </dl>
  );
}

function useToday() {
  const now = useNow();
  const today = useStudyToday(now);
  const { reviews, day } = today;
  const counts = useMemo(() => countsFor(cardKeys, today), [today]);
  const reviewed = useMemo(() => reviewedToday(reviews, day.dayStart, now), [reviews, day.dayStart, now]);
  return { due: counts.learning + counts.review, fresh: counts.new, reviewed };
}

function TodayLive() {
  const { due, fresh, reviewed } = useToday();
  return <TodayFigures values={[due, fresh, reviewed]} />;
}

function StudiedSoFar() {
  const cards = useProgress((s) => s.cards);
  const studied = useMemo(() => studiedCount(cardKeys, cards), [cards]);
  return <>You have studied {studied} of the cards so far.</>;
}

function NothingDue() {
  const { due, fresh } = useToday();
  if (due + fresh > 0) return null;
  return (
    <p>
      Nothing is due. Come back later, or{' '}
      <Link to={paths.study.getHref({ cram: true })}>cram the whole deck</Link> without touching your
      schedule.
    </p>
  );
}
