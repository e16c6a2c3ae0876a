import type { Concept } from '../../content/schema';
import { type Mastery, mastery } from '../../engine/stats';
import type { ProgressData } from '../../store/progress-schema';

export const conceptMastery = (concept: Concept, cards: ProgressData['cards']): Mastery =>
  mastery(concept.cards.map((k) => cards[`${concept.id}/${k.id}`]));
