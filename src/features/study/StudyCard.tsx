// One card being studied: front, "Show answer", back, grade buttons. Focus follows the learner's eyes.
import { useLayoutEffect, useRef } from 'react';
import { Link } from 'react-router';
import type { DeckCard } from '../../content/deck';
import type { Grade } from '../../engine/scheduler';
import { paths } from '../../paths';
import { answerText, CardBack, CardFront } from './CardFace';
import { GradeButtons } from './GradeButtons';

interface Props {
  item: DeckCard;
  revealed: boolean;
  hints: Record<Grade, string>;
  onReveal: () => void;
  onGrade: (grade: Grade) => void;
}

export function StudyCard({ item, revealed, hints, onReveal, onGrade }: Props) {
  const front = useRef<HTMLDivElement>(null);
  const back = useRef<HTMLDivElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus moves when the card or its side changes
  useLayoutEffect(() => {
    (revealed ? back : front).current?.focus({ preventScroll: true });
  }, [item.key, revealed]);

  return (
    <article className="study-card panel" aria-labelledby="card-heading">
      <h2 id="card-heading" className="card-concept">
        <Link to={paths.concept.getHref(item.concept.id)}>{item.concept.title}</Link>
      </h2>
      <div ref={front} tabIndex={-1} className="card-side">
        <CardFront card={item.card} />
      </div>
      <div aria-live="polite" className="live">
        {revealed && <span className="visually-hidden">Answer: {answerText(item.card)}</span>}
      </div>
      {revealed ? (
        <>
          <div ref={back} tabIndex={-1} className="card-side card-back">
            <CardBack card={item.card} />
          </div>
          <GradeButtons hints={hints} onGrade={onGrade} />
        </>
      ) : (
        <div className="reveal">
          <button type="button" onClick={onReveal} aria-keyshortcuts="Space">
            Show answer
          </button>
          <span className="muted key-hint" aria-hidden="true">
            <kbd>Space</kbd>
          </span>
        </div>
      )}
    </article>
  );
}
