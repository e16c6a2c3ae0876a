// Cramming: going through cards outside the schedule. The queue lives in memory and never touches card states.
import { seededRandom, shuffleWith } from './random';
import type { Grade } from './scheduler';

/** Where a crammed card goes after a grade: Again comes back soon, Hard at the end, Good and Easy are done. */
export function cramAfterGrade<K>(queue: readonly K[], grade: Grade, againGap = 3): K[] {
  const [head, ...rest] = queue;
  if (head === undefined) return [];
  if (grade === 1) return [...rest.slice(0, againGap), head, ...rest.slice(againGap)];
  if (grade === 2) return [...rest, head];
  return rest;
}

/** A seeded shuffle, so a cram order is reproducible in tests. */
export function shuffle<K>(items: readonly K[], seed: number): K[] {
  return shuffleWith(items, seededRandom(seed));
}

export const cramHints: Record<Grade, string> = { 1: 'again soon', 2: 'at the end', 3: 'done', 4: 'done' };
