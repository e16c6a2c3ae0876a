// The end of a quiz: score, time, each miss with its answer, and ways to act on the misses.
import { useEffect, useRef } from 'react';
import { Link, useNavigate } from 'react-router';
import { deck, findConcept } from '../../content/deck';
import { answerOf, cardsToRevisit, type Question } from '../../engine/quiz';
import { paths } from '../../paths';
import { useProgress } from '../../store/progress';
import { type QuizSession, useQuizSession } from '../../store/quiz-session';

export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  const m = Math.floor(s / 60);
  return m > 0 ? `${m} min ${s % 60} s` : `${s} s`;
}

export function QuizResults({ session }: { session: QuizSession }) {
  const recordQuiz = useProgress((s) => s.recordQuiz);
  const start = useQuizSession((s) => s.start);
  const clear = useQuizSession((s) => s.clear);
  const navigate = useNavigate();
  const heading = useRef<HTMLHeadingElement>(null);
  const misses = session.questions
    .map((q, i) => ({ q, a: session.answers[i] }))
    .filter((x): x is { q: Question; a: NonNullable<typeof x.a> } => x.a !== undefined && !x.a.correct);
  const score = session.questions.length - misses.length;
  const total = session.questions.length;
  const missedConcepts = [...new Set(misses.map((m) => m.q.conceptId))];

  // Recording is idempotent (by quiz id), so a reload on this screen does not count the quiz twice.
  // biome-ignore lint/correctness/useExhaustiveDependencies: record once per finished quiz
  useEffect(() => {
    recordQuiz(
      {
        id: session.id,
        at: session.finishedAt ?? Date.now(),
        scope: session.scope,
        score,
        total,
        durationMs: (session.finishedAt ?? Date.now()) - session.startedAt,
        misses: misses.map((m) => ({
          conceptId: m.q.conceptId,
          question: m.q.prompt,
          answer: answerOf(m.q),
        })),
      },
      cardsToRevisit(missedConcepts, deck.concepts),
    );
    heading.current?.focus();
  }, [session.id]);

  return (
    <section className="page narrow">
      <h1 ref={heading} tabIndex={-1}>
        Quiz complete
      </h1>
      <dl className="figures">
        <div className="figure">
          <dt>Score</dt>{' '}
          <dd>
            {score} / {total}
          </dd>
        </div>
        <div className="figure">
          <dt>Percentage</dt> <dd>{Math.round((score / total) * 100)}%</dd>
        </div>
        <div className="figure">
          <dt>Time taken</dt>{' '}
          <dd>{formatDuration((session.finishedAt ?? Date.now()) - session.startedAt)}</dd>
        </div>
      </dl>
      {misses.length === 0 ? (
        <p>Every answer was right. Nothing goes back into study.</p>
      ) : (
        <>
          <h2>What you missed</h2>
          <p className="muted">
            The cards of{' '}
            {missedConcepts.length === 1 ? 'this concept are' : `these ${missedConcepts.length} concepts are`}{' '}
            now due, so they come up in your next study session.
          </p>
          <ol className="misses">
            {misses.map(({ q }) => (
              <li key={q.id}>
                <p className="miss-q">{q.prompt}</p>
                <p>
                  Answer: <strong>{answerOf(q)}</strong> ·{' '}
                  <Link to={paths.concept(q.conceptId)}>
                    {findConcept(q.conceptId)?.title ?? q.conceptId}
                  </Link>
                </p>
              </li>
            ))}
          </ol>
        </>
      )}
      <div className="actions">
        {misses.length > 0 && (
          <>
            <button type="button" onClick={() => navigate(paths.cram({ concepts: missedConcepts }))}>
              Study these
            </button>
            <button
              type="button"
              className="quiet"
              onClick={() =>
                start(
                  `Retry: ${session.scope}`,
                  misses.map((m) => m.q),
                )
              }
            >
              Retry misses
            </button>
          </>
        )}
        <button type="button" className={misses.length > 0 ? 'quiet' : ''} onClick={clear}>
          New quiz
        </button>
      </div>
    </section>
  );
}
