// One quiz question: choices as a radio group (keys 1–4, Enter checks) or a typed answer (Enter submits),
// then feedback that says why, announced to screen readers, and "Next question".
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { findConcept } from '../../content/deck';
import { gradeTypedAnswer } from '../../engine/answer-match';
import { answerOf, checkAnswer, type Question } from '../../engine/quiz';
import { paths } from '../../paths';
import type { QuizSession } from '../../store/quiz-session';
import { useQuizSession } from '../../store/use-stores';
import { hasModifier, insideOpenDialog, isTyping } from '../../ui/keys';
import { NearMiss } from './NearMiss';

const kindLabel: Record<Question['kind'], string> = {
  mcq: 'Multiple choice',
  'true-false': 'True or false',
  typed: 'Type the answer',
};

export function QuizQuestion({ session }: { session: QuizSession }) {
  const question = session.questions[session.index] as Question;
  const answered = session.answers[session.index];
  const answer = useQuizSession((s) => s.answer);
  const next = useQuizSession((s) => s.next);
  const override = useQuizSession((s) => s.override);
  const clear = useQuizSession((s) => s.clear);
  const [choice, setChoice] = useState<number>();
  const [typed, setTyped] = useState('');
  const nextButton = useRef<HTMLButtonElement>(null);
  const firstInput = useRef<HTMLInputElement>(null);
  const promptId = `q-${session.index}`;

  // biome-ignore lint/correctness/useExhaustiveDependencies: reset and focus when the question changes
  useEffect(() => {
    setChoice(undefined);
    setTyped('');
    if (!session.answers[session.index]) firstInput.current?.focus();
  }, [session.index]);
  useEffect(() => {
    if (answered) nextButton.current?.focus();
  }, [answered]);

  const check = () => {
    if (answered) return;
    if (question.kind === 'typed') {
      if (typed.trim() === '') return;
      answer({ response: typed, ...checkAnswer(question, typed) });
    } else {
      if (choice === undefined) return;
      answer({ response: choice, ...checkAnswer(question, choice) });
    }
  };

  const keyState = useRef({ check, answered, question, next });
  keyState.current = { check, answered, question, next };
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (hasModifier(e) || e.repeat || insideOpenDialog(e.target)) return;
      const k = keyState.current;
      if (e.key === 'Enter') {
        const target = e.target as HTMLElement;
        // Buttons, links and the typed-answer form handle Enter themselves.
        if (target.tagName === 'BUTTON' || target.tagName === 'A' || isTyping(e)) return;
        e.preventDefault();
        if (k.answered) k.next();
        else k.check();
        return;
      }
      if (isTyping(e) || k.answered || k.question.kind === 'typed') return;
      const n = Number(e.key);
      if (n >= 1 && n <= k.question.options.length) {
        e.preventDefault();
        setChoice(n - 1);
        const radio = document.querySelectorAll<HTMLInputElement>('[role="radiogroup"] input[type="radio"]')[
          n - 1
        ];
        radio?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const concept = findConcept(question.conceptId);
  const total = session.questions.length;

  return (
    <section className="page narrow quiz">
      <div className="quiz-head">
        <p className="muted">
          Question {session.index + 1} of {total} · {kindLabel[question.kind]} · {session.scope}
        </p>
        <progress max={total} value={session.index} aria-label="Quiz progress">
          {session.index} of {total}
        </progress>
      </div>
      <form
        className="panel quiz-card"
        onSubmit={(e) => {
          e.preventDefault();
          if (answered) next();
          else check();
        }}
      >
        <h1 id={promptId} className="quiz-prompt">
          {question.prompt}
        </h1>
        {question.kind === 'typed' ? (
          <div className="typed">
            <input
              ref={firstInput}
              type="text"
              aria-labelledby={promptId}
              value={answered ? String(answered.response) : typed}
              onChange={(e) => setTyped(e.target.value)}
              readOnly={answered !== undefined}
              autoComplete="off"
              autoCapitalize="off"
              spellCheck={false}
            />
          </div>
        ) : (
          <div role="radiogroup" aria-labelledby={promptId} className="options">
            {question.options.map((option, i) => {
              const picked = answered ? answered.response === i : choice === i;
              const state = answered ? (i === question.answer ? 'right' : picked ? 'wrong' : '') : '';
              return (
                <label key={option} className={`option ${picked ? 'picked' : ''} ${state}`}>
                  <input
                    ref={i === 0 ? firstInput : undefined}
                    type="radio"
                    name={`q-${session.index}`}
                    checked={picked}
                    disabled={answered !== undefined}
                    onChange={() => setChoice(i)}
                  />
                  <span className="option-key" aria-hidden="true">
                    {i + 1}
                  </span>
                  <span>{option}</span>
                </label>
              );
            })}
          </div>
        )}
        <div role="status" aria-live="polite" className="feedback-region">
          {answered && (
            <Feedback
              question={question}
              correct={answered.correct}
              overridden={answered.overridden === true}
              nearMiss={answered.nearMiss}
              response={String(answered.response)}
              conceptTitle={concept?.title}
            />
          )}
        </div>
        <div className="actions">
          {answered ? (
            <>
              <button ref={nextButton} type="submit">
                {session.index + 1 === total ? 'See results' : 'Next question'}
              </button>
              {question.kind === 'typed' && !answered.correct && (
                <button type="button" className="quiet" onClick={override}>
                  I was right
                </button>
              )}
            </>
          ) : (
            <button
              type="submit"
              disabled={question.kind === 'typed' ? typed.trim() === '' : choice === undefined}
            >
              Check answer
            </button>
          )}
          <button type="button" className="quiet end-quiz" onClick={clear}>
            End quiz
          </button>
        </div>
      </form>
    </section>
  );
}

interface FeedbackProps {
  question: Question;
  correct: boolean;
  overridden: boolean;
  nearMiss: boolean;
  response: string;
  conceptTitle?: string;
}

function Feedback({ question, correct, overridden, nearMiss, response, conceptTitle }: FeedbackProps) {
  const right = answerOf(question);
  // A near miss is shown against the form the learner was closest to ("Goodfellow", not "Ian Goodfellow").
  const closest = question.kind === 'typed' ? gradeTypedAnswer(response, question.accepted).closest : right;
  return (
    <div className={`feedback ${correct ? 'ok' : 'bad'}`}>
      <p className="verdict">
        <strong>{overridden ? 'Counted as correct' : correct ? 'Correct' : 'Incorrect'}</strong>
        {!correct && <> · The answer is: {right}</>}
        {correct && nearMiss && question.kind === 'typed' && <> · Check the spelling: {closest}</>}
      </p>
      {question.kind === 'typed' && nearMiss && (
        <NearMiss typed={response} answer={correct ? closest : right} />
      )}
      <p>{question.explanation}</p>
      <p>
        <Link to={paths.concept.getHref(question.conceptId)}>
          Read about {conceptTitle ?? 'this concept'}
        </Link>
      </p>
    </div>
  );
}
