// Typo-tolerant concept search: fuse.js finds candidates in title, tags and summary; a title that is itself close to
// the query then ranks first, so "doubel descent" puts Double descent above Epoch-wise double descent.
import Fuse from 'fuse.js';
import type { ConceptOutline } from '../../content/schema';
import { editDistance, normalizeAnswer } from '../../engine/answer-match';

const TITLE_WEIGHT = 0.5;

export function createConceptSearch<C extends ConceptOutline>(concepts: readonly C[]) {
  const fuse = new Fuse(concepts, {
    keys: [
      { name: 'title', weight: 3 },
      { name: 'tags', weight: 2 },
      { name: 'summary', weight: 1 },
    ],
    threshold: 0.4,
    ignoreLocation: true,
    includeScore: true,
  });
  return (query: string): C[] => {
    const q = normalizeAnswer(query);
    return fuse
      .search(query)
      .map((r) => {
        const title = normalizeAnswer(r.item.title);
        const titleDistance = editDistance(q, title) / Math.max(q.length, title.length, 1);
        return { concept: r.item, score: (r.score ?? 1) + TITLE_WEIGHT * titleDistance };
      })
      .sort((a, b) => a.score - b.score)
      .map((r) => r.concept);
  };
}
