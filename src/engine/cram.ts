// Cramming: going through cards outside the schedule. The queue lives in memory and never touches card states.
import type { Grade } from './scheduler';

/** Where a crammed card goes after a grade: Again comes back soon, Hard at the end, Good and Easy are done. */
export function cramAfterGrade<K>(queue: readonly K[], grade: Grade, againGap = 3): K[] {
  const [head, ...rest] = queue;
  if (head === undefined) return [];
  if (grade === 1) return [...rest.slice(0, againGap), head, ...rest.slice(againGap)];
  if (grade === 2) return [...rest, head];
  return rest;
}

/** A seeded shuffle (mulberry32), so a cram order is reproducible in tests. */
export function shuffle<K>(items: readonly K[], seed: number): K[] {
  const out = [...items];
  let s = seed >>> 0;
  const rand = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j] as K, out[i] as K];
  }
  return out;
}

export const cramHints: Record<Grade, string> = { 1: 'again soon', 2: 'at the end', 3: 'done', 4: 'done' };
