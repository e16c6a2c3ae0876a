// Blind strategies a learner who knows nothing could use on the quiz: if any beats chance by more than 10 points,
// the wording gives answers away. Pure functions over quiz items, so tests and authors can run them on any deck.
import type { Mcq, TrueFalse } from '../../src/content/schema';

const HEDGES =
  /\b(may|might|can|could|often|usually|typically|generally|mostly|partly|largely|some|several|roughly|about|around|approximately|likely|tends?|suggests?|perhaps|possibly|arguably|many|most|more|less|relatively|somewhat|in part|at least)\b/gi;
const ABSOLUTES =
  /\b(always|never|all|every|only|entirely|completely|certain(ly)?|exactly|proven|proves?|impossible|none|no one|nothing|ruled out|firmly|guarantee[sd]?|must|solely|purely|totally|wholly|any|cannot|forever|universal(ly)?|definitely|perfect(ly)?)\b/gi;

const count = (s: string, re: RegExp) => (s.match(re) ?? []).length;
const tokens = (s: string) =>
  new Set(
    s
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 3),
  );
const shared = (a: Set<string>, b: Set<string>) => [...a].filter((w) => b.has(w)).length;

export interface StrategyScore {
  name: string;
  /** Expected share of items answered right, ties split evenly. */
  score: number;
  chance: number;
}

/** The expected score of picking, among the options with the best value, one at random. */
function pickBest(
  items: readonly Mcq[],
  value: (option: string, item: Mcq, index: number) => number,
): number {
  let total = 0;
  for (const item of items) {
    const values = item.options.map((o, i) => value(o, item, i));
    const best = Math.max(...values);
    const tied = values.filter((v) => v === best).length;
    total += values[item.answer] === best ? 1 / tied : 0;
  }
  return items.length ? total / items.length : 0;
}

export function mcqStrategies(items: readonly Mcq[]): StrategyScore[] {
  const chance = 0.25;
  return [
    { name: 'shortest option', score: pickBest(items, (o) => -o.length), chance },
    { name: 'longest option', score: pickBest(items, (o) => o.length), chance },
    // "Never the longest": a guess among the other three.
    {
      name: 'any option but the longest',
      score: pickBest(items, (o, item) =>
        o.length === Math.max(...item.options.map((x) => x.length)) ? 0 : 1,
      ),
      chance,
    },
    { name: 'most hedged option', score: pickBest(items, (o) => count(o, HEDGES)), chance },
    { name: 'fewest absolute words', score: pickBest(items, (o) => -count(o, ABSOLUTES)), chance },
    {
      name: 'most words shared with the question',
      score: pickBest(items, (o, item) => shared(tokens(o), tokens(item.question))),
      chance,
    },
    {
      name: 'most words shared with the other options',
      score: pickBest(items, (o, item, i) =>
        item.options.reduce((n, other, j) => (j === i ? n : n + shared(tokens(o), tokens(other))), 0),
      ),
      chance,
    },
  ];
}

export function trueFalseStrategies(items: readonly TrueFalse[]): StrategyScore[] {
  const chance = 0.5;
  const lengths = items.map((i) => i.statement.length).sort((a, b) => a - b);
  const median = lengths[Math.floor(lengths.length / 2)] ?? 0;
  const rate = (guess: (item: TrueFalse) => boolean) =>
    items.length ? items.filter((i) => guess(i) === i.truth).length / items.length : 0;
  return [
    { name: 'false if absolute', score: rate((i) => count(i.statement, ABSOLUTES) === 0), chance },
    { name: 'true if hedged', score: rate((i) => count(i.statement, HEDGES) > 0), chance },
    { name: 'true if long', score: rate((i) => i.statement.length > median), chance },
  ];
}
