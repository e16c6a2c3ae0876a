import { cardKeys, conceptCount } from 'virtual:deck-index';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { paths } from '../../paths';
import { studiedCount } from '../../store/selectors';
import { useProgress } from '../../store/use-stores';
import { PageTitle } from '../../ui/PageTitle';
import { AfterHydration } from '../../ui/useHydrated';
import { DayPlan } from './DayPlan';
import { TopicPlan } from './TopicPlan';
import { useHomeToday } from './use-home-today';

const labels = ['Due now', 'New cards available today', 'Reviewed today'] as const;

export default function DashboardPage() {
  return (
    <section className="page home">
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
      <DayPlan />
      <TopicPlan />
      <div className="actions">
        <Link className="button quiet" to={paths.quiz.getHref()}>
          Take a quiz
        </Link>
        <Link className="button quiet" to={paths.concepts.getHref()}>
          Browse concepts
        </Link>
      </div>
      {/* Last, so that when it appears after hydration nothing moves under it. */}
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

function TodayLive() {
  const { due, fresh, reviewed } = useHomeToday();
  return <TodayFigures values={[due, fresh, reviewed]} />;
}

function StudiedSoFar() {
  const cards = useProgress((s) => s.cards);
  const studied = useMemo(() => studiedCount(cardKeys, cards), [cards]);
  return <>You have studied {studied} of the cards so far.</>;
}

function NothingDue() {
  const { due, fresh } = useHomeToday();
  if (due + fresh > 0) return null;
  return (
    <p>
      Nothing is due. Come back later, or{' '}
      <Link to={paths.study.getHref({ cram: true })}>cram the whole deck</Link> without touching your
      schedule.
    </p>
  );
}
