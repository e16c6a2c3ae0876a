// One card being studied: front, "Show answer", back, grade buttons. Focus follows the learner's eyes. The card shows
// the learner's own wording when they edited it, and a tap on it shows the answer.
import { type ReactNode, useLayoutEffect, useRef } from 'react';
import { Link } from 'react-router';
import { deckWording, shownCard } from '../../content/card-text';
import type { DeckCard } from '../../content/deck';
import { type CardMarks, deckChangedSince } from '../../engine/card-actions';
import type { Grade } from '../../engine/scheduler';
import { paths } from '../../paths';
import { answerText, CardBack, CardFront } from './CardFace';
import { GradeButtons } from './GradeButtons';
import { useCardGestures } from './useCardGestures';

interface Props {
  item: DeckCard;
  revealed: boolean;
  hints: Record<Grade, string>;
  onReveal: () => void;
  onGrade: (grade: Grade) => void;
  /** The learner's marks on the card: its wording when edited, and the Flagged and Edited badges. */
  marks?: CardMarks | undefined;
  /** The "Card actions" menu, in the card's top row. */
  menu?: ReactNode;
  /** "I know this", next to "Show answer": given for a new card of a scheduled session. */
  onKnow?: (() => void) | undefined;
  /** The learner turned "Swipe to grade" on. */
  swipe?: boolean;
}

export function StudyCard({
  item,
  revealed,
  hints,
  onReveal,
  onGrade,
  marks,
  menu,
  onKnow,
  swipe = false,
}: Props) {
  const card = useRef<HTMLElement>(null);
  const front = useRef<HTMLDivElement>(null);
  const back = useRef<HTMLDivElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus moves when the card or its side changes
  useLayoutEffect(() => {
    (revealed ? back : front).current?.focus({ preventScroll: true });
  }, [item.key, revealed]);
  useCardGestures(card, { revealed, swipe, onReveal, onGrade });

  const edit = marks?.edit;
  const shown = shownCard(item.card, edit);
  const deck = deckWording(item.card);
  const deckChanged = edit !== undefined && deckChangedSince(edit, deck);

  return (
    <>
      <article
        ref={card}
        className={`study-card panel${revealed ? '' : ' tap-to-reveal'}${swipe && revealed ? ' swipeable' : ''}`}
        aria-labelledby="card-heading"
      >
        <div className="card-top">
          <h2 id="card-heading" className="card-concept">
            <Link to={paths.concept.getHref(item.concept.id)}>{item.concept.title}</Link>
          </h2>
          {(marks?.flagged || edit) && (
            <span className="card-badges">
              {marks?.flagged && <span className="badge badge-flagged">Flagged</span>}
              {edit && <span className="badge">Edited</span>}
            </span>
          )}
          {menu}
        </div>
        <div ref={front} tabIndex={-1} className="card-side">
          <CardFront card={shown} />
        </div>
        <div aria-live="polite" className="live">
          {revealed && <span className="visually-hidden">Answer: {answerText(shown)}</span>}
        </div>
        {revealed ? (
          <>
            <div ref={back} tabIndex={-1} className="card-side card-back">
              <CardBack card={shown} />
              {deckChanged && (
                <p className="card-deck-version">
                  <strong>The deck's version now:</strong> {deck.prompt} <span aria-hidden="true">→</span>{' '}
                  <span className="visually-hidden">Answer:</span> {deck.answer}
                </p>
              )}
            </div>
            <GradeButtons hints={hints} onGrade={onGrade} />
          </>
        ) : (
          <div className="reveal">
            <button type="button" onClick={onReveal} aria-keyshortcuts="Space">
              Show answer
            </button>
            {onKnow && (
              <button type="button" className="quiet" onClick={onKnow}>
                I know this
              </button>
            )}
            <span className="muted key-hint" aria-hidden="true">
              <kbd>Space</kbd>
            </span>
          </div>
        )}
      </article>
      {swipe && <p className="swipe-hint muted">Swipe right for Good, left for Again</p>}
    </>
  );
}
