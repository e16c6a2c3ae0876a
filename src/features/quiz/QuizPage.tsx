import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { findConcept } from '../../content/deck';
import { paths } from '../../paths';
import { useQuizSession } from '../../store/use-stores';
import { usePageTitle } from '../../ui/usePageTitle';
import { QuizQuestion } from './QuizQuestion';
import { QuizResults } from './QuizResults';
import { QuizSetup } from './QuizSetup';

export default function QuizPage() {
  const session = useQuizSession((s) => s.session);
  const [search] = useSearchParams();
  const conceptId = search.get('concept');
  const concept = conceptId ? findConcept(conceptId) : undefined;
  const [openedAt] = useState(() => Date.now());
  const finished = session?.finishedAt !== undefined;
  // "Quiz this concept" asks for a new quiz on that concept: a quiz from before this visit (finished, or on another
  // scope) does not stand in for it. An unfinished one is offered to resume instead of being silently replaced.
  const wantsNew =
    conceptId !== null &&
    session !== null &&
    session.startedAt < openedAt &&
    (finished || session.scope !== concept?.title);
  usePageTitle(
    !session || wantsNew ? 'Quiz' : finished ? 'Quiz complete' : `Quiz: question ${session.index + 1}`,
  );
  if (!session || wantsNew)
    return (
      <QuizSetup
        notice={
          session && !finished ? (
            <p className="notice" role="status">
              A quiz on {session.scope} is in progress: starting this one replaces it.{' '}
              <Link to={paths.quiz}>Resume it</Link>
            </p>
          ) : undefined
        }
      />
    );
  if (finished) return <QuizResults session={session} />;
  return <QuizQuestion session={session} />;
}
