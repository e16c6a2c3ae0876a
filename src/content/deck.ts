// Loads and validates the bundled deck once, when a route that needs it is first loaded.

import text from 'virtual:deck-text';
import * as v from 'valibot';
import { type CardKey, cardKey } from './card-key';
import { conceptPageData } from './concept-page';
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
// Shipped as text and parsed with JSON.parse: for 300 KB of data V8 parses JSON several times faster than the same
// data as a JavaScript object literal, which is what a JSON import compiles to.
const raw: unknown = JSON.parse(text);

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
 * How far each concept sits from the foundations: 0 with no prerequisites, else one more than its deepest
 * prerequisite. The deck is checked for cycles (tests/unit/content.test.ts), so this always ends.
 */
export function conceptDepths(concepts: readonly Concept[]): Map<string, number> {
  const byId = new Map(concepts.map((c) => [c.id, c]));
  const depth = new Map<string, number>();
  const visit = (c: Concept, path: Set<string>): number => {
    const known = depth.get(c.id);
    if (known !== undefined) return known;
    if (path.has(c.id)) throw new Error(`prerequisites form a cycle through ${c.id}`);
    path.add(c.id);
    let d = 0;
    for (const id of c.prerequisites) {
      const p = byId.get(id);
      if (p) d = Math.max(d, visit(p, path) + 1);
    }
    path.delete(c.id);
    depth.set(c.id, d);
    return d;
  };
  for (const c of concepts) visit(c, new Set());
  return depth;
}

/** How many concepts build on each one, directly or through others: the more, the more foundational. */
function dependentCounts(concepts: readonly Concept[]): Map<string, number> {
  const dependents = new Map<string, Set<string>>(concepts.map((c) => [c.id, new Set()]));
  const byId = new Map(concepts.map((c) => [c.id, c]));
  const mark = (from: string, id: string, seen: Set<string>) => {
    for (const p of byId.get(id)?.prerequisites ?? []) {
      if (seen.has(p)) continue;
      seen.add(p);
      dependents.get(p)?.add(from);
      mark(from, p, seen);
    }
  };
  for (const c of concepts) mark(c.id, c.id, new Set());
  return new Map([...dependents].map(([id, set]) => [id, set.size]));
}

/**
 * The order new cards are introduced: a wave from the foundations out. A concept's k-th card comes at step
 * depth + k, so every concept starts after the ideas it builds on, and two cards of one concept do not follow each
 * other (the way Anki's sibling burying avoids). At each step: shallower concepts first, then those more concepts
 * build on (backpropagation before a biography), then deck order.
 */
export function orderNewCards(cards: readonly DeckCard[], concepts: readonly Concept[]): DeckCard[] {
  const depths = conceptDepths(concepts);
  const dependents = dependentCounts(concepts);
  const position = new Map(concepts.map((c, i) => [c.id, i]));
  const rank = (c: DeckCard) => {
    const depth = depths.get(c.concept.id) ?? 0;
    return {
      step: depth + c.concept.cards.indexOf(c.card),
      depth,
      dependents: dependents.get(c.concept.id) ?? 0,
      index: position.get(c.concept.id) ?? 0,
    };
  };
  return [...cards]
    .map((c) => ({ c, r: rank(c) }))
    .sort(
      (a, b) =>
        a.r.step - b.r.step ||
        a.r.depth - b.r.depth ||
        b.r.dependents - a.r.dependents ||
        a.r.index - b.r.index,
    )
    .map(({ c }) => c);
}

export const newCardOrder: readonly DeckCard[] = orderNewCards(deckCards, deck.concepts);

const byKey = new Map(deckCards.map((c) => [c.key, c]));
const byId = new Map(deck.concepts.map((c) => [c.id, c]));

export const findCard = (key: string): DeckCard | undefined => byKey.get(key as CardKey);
export const findConcept = (id: string): Concept | undefined => byId.get(id);
/** What the concept's page shows (content/concept-page.ts). */
export const findConceptPage = (id: string) => conceptPageData(deck, id);
