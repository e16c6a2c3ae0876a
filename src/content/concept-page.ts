// What a concept's page shows, drawn from the deck: the concept, where it sits in the talk, and its related
// concepts by title. It is small enough to put in the page's own HTML, so a concept page opened by a link hydrates
// without loading the whole deck (80 KB gzip, and 200 ms of parsing on a slow phone).
import type { Concept, Deck } from './schema';

export interface ConceptPageData {
  concept: Concept;
  /** The episode at the concept's moment, on YouTube. */
  talkUrl: string;
  /** The heading of the talk's section at that moment, if the deck names one. */
  sectionHeading?: string;
  related: { id: string; title: string }[];
}

/** The episode at this moment (`hh:mm:ss`), on YouTube. */
export function talkUrlOf(deck: Pick<Deck, 'episode'>, time: string): string {
  const [h = 0, m = 0, sec = 0] = time.split(':').map(Number);
  return `https://www.youtube.com/watch?v=${deck.episode.youtubeId}&t=${h * 3600 + m * 60 + sec}s`;
}

export function conceptPageData(deck: Deck, id: string): ConceptPageData | undefined {
  const concept = deck.concepts.find((c) => c.id === id);
  if (!concept) return undefined;
  const sectionHeading = deck.sections.find((s) => s.time === concept.section)?.heading;
  return {
    concept,
    talkUrl: talkUrlOf(deck, concept.section),
    ...(sectionHeading === undefined ? {} : { sectionHeading }),
    related: concept.related.flatMap((rid) => {
      const r = deck.concepts.find((c) => c.id === rid);
      return r ? [{ id: r.id, title: r.title }] : [];
    }),
  };
}

/** The id of the <script type="application/json"> that carries a prerendered concept page's data. */
export const CONCEPT_DATA_ID = 'concept-page-data';

/** The data as text for a <script> element: JSON with "<" escaped, so no "</script>" can end the element early. */
export const conceptDataScript = (data: ConceptPageData): string =>
  JSON.stringify(data).replace(/</g, '\\u003c');
