// Loads and validates the bundled deck once, when a route that needs it is first loaded.
import * as v from 'valibot';
import raw from './concepts.json';
import { type CardKey, cardKey } from './card-key';
import { describeIssues } from './issues';
import { type Card, type Concept, type Deck, DeckSchema } from './schema';

export function parseDeck(input: unknown): Deck {
  const result = v.safeParse(DeckSchema, input);
  if (!result.success) {
    throw new Error(`The bundled deck is invalid:\n${describeIssues(result.issues).join('\n')}`);
  }
  return result.output;
}

/**
 * Validated once at start-up in development and tests. A production build has already validated this exact file
 * (vite.config.ts refuses to build an invalid deck), so the bundle skips the 45 ms that validation takes on a
 * 4×-throttled phone.
 */
export const deck: Deck = import.meta.env.PROD ? (raw as Deck) : parseDeck(raw);

export interface DeckCard {
  key: CardKey;
  concept: Concept;
  card: Card;
}

export const deckCards: readonly DeckCard[] = deck.concepts.flatMap((concept) =>
  concept.cards.map((card) => ({ key: cardKey(concept.id, card.id), concept, card })),
);

/**
 * The order new cards are introduced: the first card of every concept, then every second card, and so on, so two
 * cards of one concept do not follow each other the way Anki's sibling burying avoids.
 */
export const newCardOrder: readonly DeckCard[] = [...deckCards].sort(
  (a, b) =>
    a.concept.cards.indexOf(a.card) - b.concept.cards.indexOf(b.card) ||
    deck.concepts.indexOf(a.concept) - deck.concepts.indexOf(b.concept),
);

const byKey = new Map(deckCards.map((c) => [c.key, c]));
const byId = new Map(deck.concepts.map((c) => [c.id, c]));

export const findCard = (key: string): DeckCard | undefined => byKey.get(key as CardKey);
export const findConcept = (id: string): Concept | undefined => byId.get(id);
export const sectionHeading = (time: string): string | undefined =>
  deck.sections.find((s) => s.time === time)?.heading;
