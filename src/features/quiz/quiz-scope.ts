// Which concepts a quiz covers: everything, a topic, one concept, weak spots, or the misses of the last quiz.

import { cardKey } from '../../content/card-key';
import { deck, findConcept } from '../../content/deck';
import type { Concept } from '../../content/schema';
import { type Topic, topicLabels } from '../../content/schema';
import { weakConcepts } from '../../engine/quiz';
import type { StoredCard } from '../../engine/scheduler';
import { retrievability } from '../../engine/scheduler';
import type { QuizResult } from '../../store/progress-schema';

export type ScopeChoice =
  | { kind: 'all' }
  | { kind: 'topic'; topic: Topic }
  | { kind: 'concept'; id: string }
  | { kind: 'weak' };

export const WEAK_SPOT_CONCEPTS = 8;

export function scopeLabel(scope: ScopeChoice): string {
  switch (scope.kind) {
    case 'all':
      return 'Everything';
    case 'topic':
      return topicLabels[scope.topic];
    case 'concept':
      return findConcept(scope.id)?.title ?? scope.id;
    case 'weak':
      return 'Weak spots';
  }
}

export function scopeConcepts(
  scope: ScopeChoice,
  progress: { cards: Readonly<Record<string, StoredCard>>; quizzes: readonly QuizResult[] },
  retention: number,
  now: number,
): Concept[] {
  switch (scope.kind) {
    case 'all':
      return deck.concepts;
    case 'topic':
      return deck.concepts.filter((c) => c.topic === scope.topic);
    case 'concept': {
      const c = findConcept(scope.id);
      return c ? [c] : [];
    }
    case 'weak': {
      const misses = new Map<string, number>();
      for (const q of progress.quizzes)
        for (const m of q.misses) misses.set(m.conceptId, (misses.get(m.conceptId) ?? 0) + 1);
      return weakConcepts(
        deck.concepts,
        (c) => {
          const states = c.cards
            .map((k) => progress.cards[cardKey(c.id, k.id)])
            .filter((s) => s && s.state !== 0);
          const lapses = states.reduce((n, s) => n + (s?.lapses ?? 0), 0);
          const r = states.length
            ? states.reduce((sum, s) => sum + retrievability(s, new Date(now), { retention }), 0) /
              states.length
            : undefined;
          return { lapses, misses: misses.get(c.id) ?? 0, retrievability: r };
        },
        WEAK_SPOT_CONCEPTS,
      );
    }
  }
}
