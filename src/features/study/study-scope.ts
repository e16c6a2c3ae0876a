// Which deck cards a study session covers, from the URL: a topic, one concept, or a list of concepts (cram).
import { type DeckCard, newCardOrder } from '../../content/deck';
import { isTopic, type Topic, topicLabels } from '../../content/schema';

export interface StudyScope {
  cards: readonly DeckCard[];
  label: string;
  topic?: Topic;
  conceptIds?: string[];
  /** Unknown topic or concept in the URL. */
  unknown?: string;
}

export function studyScope(topicParam: string | undefined, search: URLSearchParams): StudyScope {
  const conceptParam = search.get('concept') ?? search.get('concepts');
  if (topicParam !== undefined && !isTopic(topicParam)) {
    return { cards: [], label: topicParam, unknown: `There is no topic called “${topicParam}”.` };
  }
  const topic = topicParam as Topic | undefined;
  let cards = topic ? newCardOrder.filter((c) => c.concept.topic === topic) : newCardOrder;
  let conceptIds: string[] | undefined;
  if (conceptParam) {
    // A link may repeat or misspell ids: the scope is the distinct concepts the deck has.
    const wanted = new Set(conceptParam.split(',').filter(Boolean));
    cards = cards.filter((c) => wanted.has(c.concept.id));
    conceptIds = [...new Set(cards.map((c) => c.concept.id))];
    if (cards.length === 0)
      return { cards, label: conceptParam, unknown: 'No concept in the deck matches this link.' };
  }
  const first = cards[0];
  const label =
    conceptIds && conceptIds.length === 1 && first
      ? first.concept.title
      : conceptIds
        ? `${conceptIds.length} concepts`
        : topic
          ? topicLabels[topic]
          : 'All topics';
  return { cards, label, topic, conceptIds };
}
