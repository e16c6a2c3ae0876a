// Serves the deck to the app as virtual modules, computed at build time from src/content/concepts.json.
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import type { Plugin } from 'vite';
import { cardKey } from '../src/content/card-key.ts';
import { type ConceptPageData, conceptPageData } from '../src/content/concept-page.ts';
import { describeIssues } from '../src/content/issues.ts';
import { type Deck, DeckSchema } from '../src/content/schema.ts';
import { formulasOf } from './math.ts';

/**
 * `virtual:deck-index`: just the deck's card keys, computed at build time, so the dashboard can count due and new
 * cards without loading the whole deck (about 80 KB gzip) on the first screen. `virtual:deck-outline`: each
 * concept's title, topic, tags, summary and card ids, for the concept list. `virtual:deck-text`: the deck as minified
 * JSON text, for JSON.parse (several times faster for V8 than the object literal a JSON import becomes).
 * `virtual:deck-formulas`: each concept's formulas, typeset from TeX to allow-listed MathML trees at build time
 * (build/math.ts), so no math library ships and no markup string reaches the page.
 */
const deckFile = new URL('../src/content/concepts.json', import.meta.url);

export function deckIndex(): Plugin {
  const id = 'virtual:deck-index';
  const resolved = `\0${id}`;
  const textId = 'virtual:deck-text';
  const resolvedText = `\0${textId}`;
  const outlineId = 'virtual:deck-outline';
  const resolvedOutline = `\0${outlineId}`;
  const formulasId = 'virtual:deck-formulas';
  const resolvedFormulas = `\0${formulasId}`;
  const source = deckFile;
  const readDeck = () => v.parse(DeckSchema, JSON.parse(readFileSync(source, 'utf8')));
  return {
    name: 'descent-deck-index',
    // The production bundle trusts the deck it ships, so the build refuses a deck that fails the schema.
    buildStart() {
      const result = v.safeParse(DeckSchema, JSON.parse(readFileSync(source, 'utf8')));
      if (!result.success)
        this.error(`src/content/concepts.json is invalid:\n${describeIssues(result.issues).join('\n')}`);
      // A formula whose TeX does not typeset, or typesets to anything outside the allow-list, stops the build.
      try {
        formulasOf(result.output);
      } catch (error) {
        this.error(error instanceof Error ? error.message : String(error));
      }
    },
    resolveId: (request) =>
      request === id
        ? resolved
        : request === textId
          ? resolvedText
          : request === outlineId
            ? resolvedOutline
            : request === formulasId
              ? resolvedFormulas
              : undefined,
    load(request) {
      if (request === resolvedFormulas) {
        this.addWatchFile(source.pathname);
        return `export const formulas = JSON.parse(${JSON.stringify(JSON.stringify(formulasOf(readDeck())))});\n`;
      }
      if (request === resolvedText) {
        this.addWatchFile(source.pathname);
        return `export default ${JSON.stringify(JSON.stringify(JSON.parse(readFileSync(source, 'utf8'))))};\n`;
      }
      if (request === resolvedOutline) {
        // What the concept list shows and searches, a fifth of the deck: the list need not wait for every card.
        this.addWatchFile(source.pathname);
        const deck = JSON.parse(readFileSync(source, 'utf8')) as {
          concepts: {
            id: string;
            title: string;
            topic: string;
            tags: string[];
            summary: string;
            cards: { id: string }[];
          }[];
        };
        const outline = deck.concepts.map(({ id, title, topic, tags, summary, cards }) => ({
          id,
          title,
          topic,
          tags,
          summary,
          cards: cards.map((k) => ({ id: k.id })),
        }));
        return `export const concepts = JSON.parse(${JSON.stringify(JSON.stringify(outline))});\n`;
      }
      if (request !== resolved) return undefined;
      this.addWatchFile(source.pathname);
      const deck = JSON.parse(readFileSync(source, 'utf8')) as {
        concepts: { id: string; topic: string; cards: { id: string }[] }[];
      };
      const cardKeys = deck.concepts.flatMap((c) => c.cards.map((k) => cardKey(c.id, k.id)));
      // Each concept's topic: the study queue introduces new cards in the learner's topic order, and home counts
      // by topic, without loading the deck.
      const conceptTopics = Object.fromEntries(deck.concepts.map((c) => [c.id, c.topic]));
      return `export const cardKeys = ${JSON.stringify(cardKeys)};\nexport const conceptCount = ${deck.concepts.length};\nexport const conceptTopics = ${JSON.stringify(conceptTopics)};\n`;
    },
  };
}

/** Every concept id of the deck, in deck order: one prerendered page each. */
export function deckConceptIds(): string[] {
  const deck = JSON.parse(readFileSync(deckFile, 'utf8')) as {
    concepts: { id: string }[];
  };
  return deck.concepts.map((c) => c.id);
}

let parsedDeck: Deck | undefined;
/** What each concept's page shows, for its prerendered HTML (the deck is read once per build). */
export function deckConceptPage(id: string): ConceptPageData | undefined {
  // The raw deck, as the app renders it in production (buildStart has validated it): data parsed here (trimmed by
  // the schema) could differ from the text the prerendered page shows.
  parsedDeck ??= JSON.parse(readFileSync(deckFile, 'utf8')) as Deck;
  return conceptPageData(parsedDeck, id);
}
