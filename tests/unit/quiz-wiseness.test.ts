// The test-wiseness test: no blind strategy may beat chance by more than 10 points on the deck's quiz items.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import raw from '../../src/content/concepts.json';
import type { Concept, Mcq, TrueFalse } from '../../src/content/schema';
import { mcqStrategies, trueFalseStrategies } from '../content/test-wiseness';

// WISENESS_FILE scores another list of concepts (an author's draft) the same way.
const concepts: Concept[] = process.env.WISENESS_FILE
  ? JSON.parse(readFileSync(process.env.WISENESS_FILE, 'utf8'))
  : (raw.concepts as Concept[]);
const items = concepts.flatMap((c) => c.quiz);
const mcq = items.filter((q): q is Mcq => q.kind === 'mcq');
const trueFalse = items.filter((q): q is TrueFalse => q.kind === 'true-false');

describe('quizzes can only be passed by knowing', () => {
  const scores = [...mcqStrategies(mcq), ...trueFalseStrategies(trueFalse)];
  console.log(
    `test-wiseness over ${mcq.length} multiple-choice and ${trueFalse.length} true/false items:\n${scores
      .map(
        (s) =>
          `  ${s.name.padEnd(42)} ${(s.score * 100).toFixed(1).padStart(5)}%  (chance ${s.chance * 100}%)`,
      )
      .join('\n')}`,
  );

  it.each(scores.map((s) => [s.name, s] as const))('"%s" beats chance by 10 points at most', (_, s) => {
    expect(s.score - s.chance).toBeLessThanOrEqual(0.1);
  });

  it('has 40–60% of true/false items true', () => {
    const share = trueFalse.filter((q) => q.truth).length / trueFalse.length;
    expect(share).toBeGreaterThanOrEqual(0.4);
    expect(share).toBeLessThanOrEqual(0.6);
  });
});
