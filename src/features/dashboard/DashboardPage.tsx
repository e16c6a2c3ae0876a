import { cardKeys, conceptCount } from 'virtual:deck-index';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { paths } from '../../paths';
import { useProgress } from '../../store/progress';
import { countsFor, reviewedToday } from '../../store/selectors';
import { useSettings } from '../../store/settings';
import { usePageTitle } from '../../ui/usePageTitle';
import { useNow, useStudyDay } from '../study/useStudyDay';

export default function DashboardPage() {
  usePageTitle(undefined);
  const now = useNow();
  const day = useStudyDay(now);
  const cards = useProgress((s) => s.cards);
  const log = useProgress((s) => s.log);
  const newPerDay = useSettings((s) => s.newPerDay);
  const counts = useMemo(() => countsFor(cardKeys, cards, now, day, newPerDay), [cards, now, day, newPerDay]);
  const reviewed = useMemo(() => reviewedToday(log, day.dayStart, now), [log, day.dayStart, now]);
  const due = counts.learning + counts.review;
  const studied = Object.values(cards).filter((c) => c.state !== 0).length;

  return (
    <section className="page">
      <h1>Today</h1>
      <p className="muted">
        {conceptCount} concepts and {cardKeys.length} cards from Ilya Sutskever’s 2020 conversation with Lex
        Fridman. You have studied {studied} of the cards so far.
      </p>
      <dl className="figures">
        <div className="figure">
          <dt>Due now</dt> <dd>{due}</dd>
        </div>
        <div className="figure">
          <dt>New cards available today</dt> <dd>{counts.new}</dd>
        </div>
        <div className="figure">
          <dt>Reviewed today</dt> <dd>{reviewed}</dd>
        </div>
      </dl>
      <div className="actions">
        <Link className="button" to={paths.study}>
          Study
        </Link>
        <Link className="button quiet" to={paths.quiz}>
          Take a quiz
        </Link>
        <Link className="button quiet" to={paths.concepts}>
          Browse concepts
        </Link>
      </div>
      {due + counts.new === 0 && (
        <p>
          Nothing is due. Come back later, or <Link to={paths.cram({})}>cram the whole deck</Link> without
          touching your schedule.
        </p>
      )}
    </section>
  );
}
