// The end of a quiz: score, time, each miss with its answer, and ways to act on the misses.
import { useEffect, useRef } from 'react';
import { Link, useNavigate } from 'react-router';
import { findConcept } from '../../content/deck';
import { answerOf } from '../../engine/quiz';
import { paths } from '../../paths';
import { finishQuiz, quizOutcome } from '../../store/actions';
import type { QuizSession } from '../../store/quiz-session';
import { revisitOutlook } from '../../store/selectors';
import { useProgress, useQuizSession, useSettings, useStores } from '../../store/use-stores';
import { useStudyDay } from '../../store/use-study-day';

export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  const m = Math.floor(s / 60);
  return m > 0 ? `${m} min ${s % 60} s` : `${s} s`;
}

export function QuizResults({ session }: { session: QuizSession }) {
  const stores = useStores();
  const start = useQuizSession((s) => s.start);
  const clear = useQuizSession((s) => s.clear);
  const navigate = useNavigate();
  const heading = useRef<HTMLHeadingElement>(null);
  const { misses, missedConcepts, revisit } = quizOutcome(session);
  const cards = useProgress((s) => s.cards);
  const newPerDay = useSettings((s) => s.newPerDay);
  const day = useStudyDay(Date.now());
  const { next, tomorrow } = revisitOutlook(revisit, cards, day.dayStart, newPerDay);
  const score = session.questions.length - misses.length;
  const total = session.questions.length;

  // Recording is idempotent (by quiz id), so a reload on this screen does not count the quiz twice.
  // biome-ignore lint/correctness/useExhaustiveDependencies: record once per finished quiz
  useEffect(() => {
    finishQuiz(stores, session);
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
            {next === 1
              ? '1 card from concepts you missed comes up next.'
              : `${next} cards from concepts you missed come up next.`}{' '}
            {tomorrow > 0
              ? `${tomorrow} more, not studied yet, lead tomorrow’s new cards: today’s new-card limit is used.`
              : 'Those you have studied are due now; those you have not lead your new cards.'}
          </p>
          <ol className="misses">
            {misses.map(({ q }) => (
              <li key={q.id}>
                <p className="miss-q">{q.prompt}</p>
                <p>
                  Answer: <strong>{answerOf(q)}</strong> ·{' '}
                  <Link to={paths.concept.getHref(q.conceptId)}>
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
            <button
              type="button"
              onClick={() => navigate(paths.study.getHref({ cram: true, concepts: missedConcepts }))}
            >
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
