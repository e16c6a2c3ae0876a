// A card's two sides. A cloze shows its gap as […] on the front and the filled-in text on the back.
import type { Card } from '../../content/schema';
import { clozeGap } from '../../content/schema';

function clozeParts(text: string): [string, string, string] {
  const match = new RegExp(clozeGap.source).exec(text);
  if (!match) return [text, '', ''];
  return [text.slice(0, match.index), match[1] ?? '', text.slice(match.index + match[0].length)];
}

export function CardFront({ card }: { card: Card }) {
  if (card.kind === 'basic') return <p className="card-prompt">{card.prompt}</p>;
  const [before, , after] = clozeParts(card.text);
  return (
    <p className="card-prompt">
      {before}
      <span className="cloze-gap">
        <span aria-hidden="true">[…]</span>
        <span className="visually-hidden">blank</span>
      </span>
      {after}
    </p>
  );
}

export function CardBack({ card }: { card: Card }) {
  const why = card.why && (
    <p className="card-why">
      <strong>Why: </strong>
      {card.why}
    </p>
  );
  if (card.kind === 'basic')
    return (
      <>
        <p className="card-answer">{card.answer}</p>
        {why}
      </>
    );
  const [before, gap, after] = clozeParts(card.text);
  return (
    <>
      <p className="card-answer">
        {before}
        <mark className="cloze-fill">{gap}</mark>
        {after}
      </p>
      {why}
    </>
  );
}

/** The answer alone, for screen-reader announcements. */
export function answerText(card: Card): string {
  return card.kind === 'basic' ? card.answer : (clozeParts(card.text)[1] ?? '');
}
