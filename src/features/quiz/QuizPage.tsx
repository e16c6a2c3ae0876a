import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { findConcept } from '../../content/deck';
import { paths } from '../../paths';
import { useQuizSession } from '../../store/use-stores';
import { PageTitle } from '../../ui/PageTitle';
import { AfterHydration } from '../../ui/useHydrated';
import { QuizQuestion } from './QuizQuestion';
import { QuizResults } from './QuizResults';
import { QuizSetup } from './QuizSetup';

export default function QuizPage() {
  // Whether a quiz is under way is the learner's: the prerendered page holds only the heading.
  return (
    <AfterHydration
      fallback={
        <section className="page narrow">
          <PageTitle title="Quiz" />
          <h1>Quiz</h1>
          <p className="muted">Loading your quiz…</p>
        </section>
      }
    >
      {() => <QuizUnderWay />}
    </AfterHydration>
  );
}

function QuizUnderWay() {
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
  const title = (
    <PageTitle
      title={
        !session || wantsNew ? 'Quiz' : finished ? 'Quiz complete' : `Quiz: question ${session.index + 1}`
      }
    />
  );
  if (!session || wantsNew)
    return (
      <>
        {title}
        <QuizSetup
          notice={
            session && !finished ? (
              <p className="notice" role="status">
                A quiz on {session.scope} is in progress: starting this one replaces it.{' '}
                <Link to={paths.quiz.getHref()}>Resume it</Link>
              </p>
            ) : undefined
          }
        />
      </>
    );
  return (
    <>
      {title}
      {finished ? <QuizResults session={session} /> : <QuizQuestion session={session} />}
    </>
  );
}
