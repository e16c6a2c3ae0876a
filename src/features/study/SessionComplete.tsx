import { Link } from 'react-router';
import { topicLabels, topics } from '../../content/schema';
import { paths } from '../../paths';
import type { StudyScope } from './study-scope';

/** What waits after this session, true for the actual queue: cards ready now, the next due time, or tomorrow. */
function whatIsNext(
  { ready, nextDue, unseen }: { ready: number; nextDue?: number; unseen: boolean },
  now: number,
) {
  if (ready > 0) return `${ready} ${ready === 1 ? 'card is' : 'cards are'} ready to study now.`;
  if (nextDue === undefined)
    return unseen
      ? 'New cards wait for tomorrow’s allowance: nothing here is scheduled yet.'
      : 'Nothing here is scheduled yet.';
  const when = new Date(nextDue);
  const sameDay = when.toDateString() === new Date(now).toDateString();
  const time = when.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  const date = when.toLocaleDateString(undefined, { weekday: 'long', month: 'long', day: 'numeric' });
  const due = sameDay
    ? `The next card falls due today at ${time}.`
    : `The next card falls due on ${date} at ${time}.`;
  return unseen ? `${due} New cards wait for tomorrow’s allowance.` : due;
}

const studyHref = (scope: StudyScope) =>
  scope.conceptIds?.length === 1 && scope.conceptIds[0]
    ? paths.study.getHref({ concept: scope.conceptIds[0] })
    : scope.conceptIds?.length
      ? paths.study.getHref({ concepts: scope.conceptIds })
      : scope.topic
        ? paths.studyTopic.getHref(scope.topic)
        : paths.study.getHref();

export function SessionComplete({
  scope,
  reviewed,
  nextDue,
  ready,
  unseen,
  cram = false,
}: {
  scope: StudyScope;
  reviewed: number;
  nextDue?: number;
  /** Cards the scheduled queue would show now (new within today's limit, learning, review). */
  ready: number;
  /** Whether some card in scope was never studied. */
  unseen: boolean;
  /** The session was a cram: "ready" cards are offered as a scheduled session. */
  cram?: boolean;
}) {
  return (
    <div className="session-complete">
      <h1>Session complete</h1>
      <p>
        {reviewed === 0
          ? 'Nothing was due here.'
          : `You reviewed ${reviewed} ${reviewed === 1 ? 'card' : 'cards'} in this session.`}{' '}
        {whatIsNext({ ready, nextDue, unseen }, Date.now())}
      </p>
      {cram && ready > 0 && (
        <div className="actions">
          <Link className="button" to={studyHref(scope)}>
            Study now
          </Link>
        </div>
      )}
      <h2>Keep going</h2>
      <p className="muted">Cramming goes through cards without changing when they are due.</p>
      <div className="actions">
        <Link
          className="button"
          to={
            scope.topic
              ? paths.studyTopic.getHref(scope.topic, { cram: true, concepts: scope.conceptIds })
              : paths.study.getHref({ cram: true, concepts: scope.conceptIds })
          }
        >
          Cram {scope.label}
        </Link>
        <Link className="button quiet" to={paths.quiz.getHref()}>
          Take a quiz
        </Link>
      </div>
      {!scope.topic && !scope.conceptIds && (
        <nav aria-label="Cram a topic">
          <ul className="topic-links">
            {topics.map((t) => (
              <li key={t}>
                <Link to={paths.studyTopic.getHref(t, { cram: true })}>Cram {topicLabels[t]}</Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </div>
  );
}
