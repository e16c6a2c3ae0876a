import { Link } from 'react-router';
import { topicLabels, topics } from '../../content/schema';
import { paths } from '../../paths';
import type { StudyScope } from './study-scope';

function describeDue(at: number | undefined, now: number): string {
  if (at === undefined)
    return 'No card in this scope is scheduled yet: new cards wait for tomorrow’s allowance.';
  const when = new Date(at);
  const sameDay = when.toDateString() === new Date(now).toDateString();
  const time = when.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  const date = when.toLocaleDateString(undefined, { weekday: 'long', month: 'long', day: 'numeric' });
  return sameDay
    ? `The next card falls due today at ${time}.`
    : `The next card falls due on ${date} at ${time}.`;
}

export function SessionComplete({
  scope,
  reviewed,
  nextDue,
}: {
  scope: StudyScope;
  reviewed: number;
  nextDue?: number;
}) {
  return (
    <div className="session-complete">
      <h1>Session complete</h1>
      <p>
        {reviewed === 0
          ? 'Nothing was due here.'
          : `You reviewed ${reviewed} ${reviewed === 1 ? 'card' : 'cards'} in this session.`}{' '}
        {describeDue(nextDue, Date.now())}
      </p>
      <h2>Keep going</h2>
      <p className="muted">Cramming goes through cards without changing when they are due.</p>
      <div className="actions">
        <Link className="button" to={paths.cram({ topic: scope.topic, concepts: scope.conceptIds })}>
          Cram {scope.label}
        </Link>
        <Link className="button quiet" to={paths.quiz}>
          Take a quiz
        </Link>
      </div>
      {!scope.topic && !scope.conceptIds && (
        <nav aria-label="Cram a topic">
          <ul className="topic-links">
            {topics.map((t) => (
              <li key={t}>
                <Link to={paths.cram({ topic: t })}>Cram {topicLabels[t]}</Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </div>
  );
}
