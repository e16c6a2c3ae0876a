// npx vitest bench --run tests/bench/replay.bench.ts: rebuilding every card's state from a year's review log, which
// a merge or import does in one go. Budget: under 300 ms on the two-core CI machine.
import { bench, describe } from 'vitest';
import { applyGrade, applyGradeWithTsFsrs, type Grade, type StoredCard } from '../../src/engine/scheduler';

const REVIEWS = 365 * 300;
const CARDS = 238;
const start = Date.parse('2025-01-01T08:00:00Z');
const opts = { retention: 0.9 };

/** A year at 300 reviews a day, one every 288 s, over 238 cards, grades mostly Good: generated once, untimed. */
function yearOfReviews() {
  const keys = Array.from({ length: CARDS }, (_, i) => `concept-${Math.floor(i / 7)}/card-${i % 7}`);
  let seed = 1;
  const random = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  const card: string[] = [];
  const grade: Grade[] = [];
  const at: number[] = [];
  for (let i = 0; i < REVIEWS; i++) {
    card.push(keys[Math.floor(random() * CARDS)] as string);
    const g = random();
    grade.push(g < 0.1 ? 1 : g < 0.2 ? 2 : g < 0.9 ? 3 : 4);
    at.push(start + i * 288_000);
  }
  return { card, grade, at };
}

const year = yearOfReviews();

function replayYear(grader: typeof applyGrade): Map<string, StoredCard> {
  const cards = new Map<string, StoredCard>();
  for (let i = 0; i < REVIEWS; i++) {
    const key = year.card[i] as string;
    const g = year.grade[i] as Grade;
    cards.set(key, grader(cards.get(key), g, new Date(year.at[i] as number), opts, key).card);
  }
  return cards;
}

// A fast replay that diverged from ts-fsrs would be measuring something else.
{
  const fast = replayYear(applyGrade);
  const reference = replayYear(applyGradeWithTsFsrs);
  for (const [key, card] of reference) {
    if (JSON.stringify(fast.get(key)) !== JSON.stringify(card)) throw new Error(`replay differs for ${key}`);
  }
}

describe(`replay a year: ${REVIEWS} reviews over ${CARDS} cards`, () => {
  bench('applyGrade (fast path)', () => void replayYear(applyGrade), { time: 3000, warmupIterations: 3 });
  bench('applyGradeWithTsFsrs (ts-fsrs reference)', () => void replayYear(applyGradeWithTsFsrs), {
    time: 0,
    iterations: 5,
    warmupIterations: 1,
  });
});
