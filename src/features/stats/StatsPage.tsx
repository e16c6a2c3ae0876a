import { useMemo } from 'react';
import { deck } from '../../content/deck';
import { topicLabels, topics } from '../../content/schema';
import { currentStreak, forecast, mastery, reviewsPerDay, trueRetention } from '../../engine/stats';
import { cardKey } from '../../content/card-key';
import { useProgress, useSettings } from '../../store/use-stores';
import { usePageTitle } from '../../ui/usePageTitle';
import { MasteryMeter } from '../../ui/MasteryMeter';
import { ForecastChart } from './ForecastChart';
import { Heatmap } from './Heatmap';

const DAY = 86_400_000;
const pct = (x: number) => `${Math.round(x * 100)}%`;

export default function StatsPage() {
  usePageTitle('Stats');
  const log = useProgress((s) => s.reviews);
  const cards = useProgress((s) => s.cards);
  const quizzes = useProgress((s) => s.quizzes);
  const dayStartHour = useSettings((s) => s.dayStartHour);
  const target = useSettings((s) => s.retention);

  const figures = useMemo(() => {
    const now = new Date();
    const events = Object.values(log).flat();
    const perDay = reviewsPerDay(events, now, dayStartHour, 365);
    return {
      perDay,
      streak: currentStreak(perDay),
      due: forecast(cards, now, dayStartHour, 30),
      retention: trueRetention(events, now.getTime() - 30 * DAY),
      total: events.filter((e) => e.grade > 0).length,
    };
  }, [log, cards, dayStartHour]);

  const byTopic = topics.map((t) => {
    const concepts = deck.concepts.filter((c) => c.topic === t);
    return {
      topic: t,
      mastery: mastery(concepts.flatMap((c) => c.cards.map((k) => cards[cardKey(c.id, k.id)]))),
    };
  });
  const { retention } = figures;

  return (
    <section className="page">
      <h1>Stats</h1>
      <dl className="figures">
        <div className="figure">
          <dt>Current streak</dt>{' '}
          <dd>
            {figures.streak} {figures.streak === 1 ? 'day' : 'days'}
          </dd>
        </div>
        <div className="figure">
          <dt>Reviews in all</dt> <dd>{figures.total}</dd>
        </div>
        <div className="figure">
          <dt>Retention, last 30 days</dt> <dd>{retention.rate === undefined ? '–' : pct(retention.rate)}</dd>
        </div>
      </dl>

      <section aria-labelledby="h-activity" className="panel">
        <h2 id="h-activity">Reviews per day</h2>
        <Heatmap days={figures.perDay} />
      </section>

      <section aria-labelledby="h-forecast" className="panel">
        <h2 id="h-forecast">Forecast</h2>
        <p className="muted">Cards falling due in each of the next 30 days.</p>
        <ForecastChart days={figures.due} />
      </section>

      <section aria-labelledby="h-retention" className="panel">
        <h2 id="h-retention">Retention</h2>
        {retention.rate === undefined ? (
          <p>
            No reviews of mature cards in the last 30 days yet. Retention counts only cards in the review
            state.
          </p>
        ) : (
          <p>
            You passed {retention.passed} of {retention.reviews} reviews of cards in the review state in the
            last 30 days: <strong>{pct(retention.rate)}</strong> against your target of{' '}
            <strong>{pct(target)}</strong>.{' '}
            {retention.rate < target - 0.05
              ? 'Below target: FSRS will show these cards sooner as it learns.'
              : 'On target.'}
          </p>
        )}
      </section>

      <section aria-labelledby="h-mastery" className="panel">
        <h2 id="h-mastery">Mastery by topic</h2>
        <p className="muted">A card is mastered when FSRS expects you to keep it for 21 days or more.</p>
        <ul className="topic-mastery">
          {byTopic.map(({ topic, mastery: m }) => (
            <li key={topic}>
              <span className="topic-name">{topicLabels[topic]}</span>
              <MasteryMeter mastery={m} label={`Mastery of ${topicLabels[topic]}`} />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="h-quizzes" className="panel">
        <h2 id="h-quizzes">Quiz history</h2>
        {quizzes.length === 0 ? (
          <p>No quizzes yet.</p>
        ) : (
          <div className="table-scroll">
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Scope</th>
                  <th scope="col">Score</th>
                  <th scope="col">Missed</th>
                </tr>
              </thead>
              <tbody>
                {[...quizzes].reverse().map((q) => (
                  <tr key={q.id}>
                    <td>
                      {new Date(q.at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}
                    </td>
                    <td>{q.scope}</td>
                    <td>
                      {q.score} / {q.total} ({pct(q.score / q.total)})
                    </td>
                    <td>
                      {q.misses.length === 0
                        ? '–'
                        : [...new Set(q.misses.map((m) => m.conceptId))].join(', ')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </section>
  );
}
