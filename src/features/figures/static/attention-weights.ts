// Attention weights for the attention figure, computed from small hand-set query and key vectors: an illustration of
// the arithmetic (scaled dot products, then a softmax per row), not the attention of a trained model.

/** Softmax of a list of scores: positive weights that sum to 1. */
export function softmax(scores: readonly number[]): number[] {
  const top = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - top));
  const total = exps.reduce((sum, e) => sum + e, 0);
  return exps.map((e) => e / total);
}

const dot = (a: readonly number[], b: readonly number[]) =>
  a.reduce((sum, ai, i) => sum + ai * (b[i] ?? 0), 0);

/**
 * Row i holds how much position i attends to each position j: softmax_j(q_i · k_j / √d). With `causal`, position i
 * sees only positions j ≤ i (as in GPT-2): later scores are −∞, so their weights are 0.
 */
export function attentionWeights(
  queries: readonly (readonly number[])[],
  keys: readonly (readonly number[])[],
  { causal = false }: { causal?: boolean } = {},
): number[][] {
  const d = keys[0]?.length ?? 1;
  return queries.map((q, i) =>
    softmax(keys.map((k, j) => (causal && j > i ? Number.NEGATIVE_INFINITY : dot(q, k) / Math.sqrt(d)))),
  );
}

/**
 * The sentence and its vectors. Each key says what a word is, on three features (a noun, a verb, a small function
 * word); each query says what the word looks for. Lengths of 2 make the matches clear after the √3 scaling.
 */
export const FEATURES = ['noun', 'verb', 'function word'] as const;

export const SENTENCE: readonly { word: string; key: number[]; query: number[]; looksFor: string }[] = [
  { word: 'The', key: [0, 0, 2], query: [2, 0, 0], looksFor: 'a noun' },
  { word: 'cat', key: [2, 0, 0], query: [0, 2, 0], looksFor: 'a verb' },
  { word: 'sat', key: [0, 2, 0], query: [2, 0, 0], looksFor: 'a noun' },
  { word: 'on', key: [0, 0, 2], query: [2, 0, 0], looksFor: 'a noun' },
  { word: 'the', key: [0, 0, 2], query: [2, 0, 0], looksFor: 'a noun' },
  { word: 'mat', key: [2, 0, 0], query: [0, 2, 0], looksFor: 'a verb' },
];

/** Five shades, light to dark, for weights from 0 to 1 (the --heat-* colours of both themes). */
export function heatLevel(weight: number): 0 | 1 | 2 | 3 | 4 {
  return weight < 0.1 ? 0 : weight < 0.25 ? 1 : weight < 0.5 ? 2 : weight < 0.75 ? 3 : 4;
}
