import { cardKey } from '../../content/card-key';
import type { ConceptOutline } from '../../content/schema';
import type { StoredCard } from '../../engine/scheduler';
import { type Mastery, mastery } from '../../engine/stats';

export const conceptMastery = (
  concept: ConceptOutline,
  cards: Readonly<Record<string, StoredCard>>,
): Mastery => mastery(concept.cards.map((k) => cards[cardKey(concept.id, k.id)]));
