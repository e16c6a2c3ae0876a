// A card's wording as plain fields (prompt, answer, why): what the learner edits, and what an edit is shown as.
import { type Card, clozeGap } from './schema';

/** The text of a card as the learner sees it and edits it. Kept equal to `CardText` in the engine. */
export interface CardWording {
  prompt: string;
  answer: string;
  why: string;
}

/**
 * The deck's wording of a card. A cloze becomes its text with the gap shown as […] for the prompt, and the gap's
 * words for the answer: that is what the learner reads on the two sides, and what an edit of it starts from.
 */
export function deckWording(card: Card): CardWording {
  if (card.kind === 'basic') return { prompt: card.prompt, answer: card.answer, why: card.why };
  const gap = new RegExp(clozeGap.source).exec(card.text);
  return {
    prompt: card.text.replace(new RegExp(clozeGap.source), '[…]'),
    answer: gap?.[1] ?? '',
    why: card.why,
  };
}

/** The card to show: the deck's, or a basic card with the learner's wording when they edited it. */
export function shownCard(card: Card, edit: { text: CardWording } | undefined): Card {
  if (!edit) return card;
  const { prompt, answer, why } = edit.text;
  return { kind: 'basic', id: card.id, prompt, answer, why };
}
