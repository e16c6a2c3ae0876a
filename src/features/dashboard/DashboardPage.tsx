import { cardKeys, conceptCount } from 'virtual:deck-index';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { paths } from '../../paths';
import { countsFor, reviewedToday, studiedCount } from '../../store/selectors';
import { useProgress, useSettings } from '../../store/use-stores';
import { usePageTitle } from '../../ui/usePageTitle';
import { useNow, useStudyDay } from '../../store/use-study-day';

export default function DashboardPage() {
  usePageTitle(undefined);
  const now = useNow();
  const day = useStudyDay(now);
  const cards = useProgress((s) => s.cards);
  const reviews = useProgress((s) => s.reviews);
  const newPerDay = useSettings((s) => s.newPerDay);
  const counts = useMemo(() => countsFor(cardKeys, cards, now, day, newPerDay), [cards, now, day, newPerDay]);
  const reviewed = useMemo(() => reviewedToday(reviews, day.dayStart, now), [reviews, day.dayStart, now]);
  const due = counts.learning + counts.review;
  const studied = useMemo(() => studiedCount(cardKeys, cards), [cards]);

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
