import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyGrade, type Grade, type StoredCard } from '../../src/engine/scheduler';
import { createStores } from '../../src/store/stores';
import { MemoryStorage } from '../memory-storage';

const opts = { retention: 0.9 };
const start = Date.parse('2026-01-01T08:00:00Z');
const grade = fc.constantFrom<Grade>(1, 2, 3, 4);
// Each review happens some time after the previous one: early, on time or late.
const step = fc.record({ grade, waitMinutes: fc.integer({ min: 1, max: 60 * 24 * 400 }) });

function valid(card: StoredCard, lastReview: number) {
  expect(card.due).toBeGreaterThan(lastReview);
  expect([1, 2, 3]).toContain(card.state);
  expect(card.stability).toBeGreaterThan(0);
  expect(card.difficulty).toBeGreaterThanOrEqual(1);
  expect(card.difficulty).toBeLessThanOrEqual(10);
  expect(Number.isFinite(card.scheduledDays)).toBe(true);
}

describe('scheduler properties', () => {
  it('any sequence of grades keeps due after the last review and the state valid', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 30 }), (steps) => {
        let card: StoredCard | undefined;
        let t = start;
        let lapses = 0;
        for (const s of steps) {
          t += s.waitMinutes * 60_000;
          if (card && card.state === 2 && s.grade === 1) lapses++;
          card = applyGrade(card, s.grade, new Date(t), opts).card;
          valid(card, t);
        }
        expect(card?.reps).toBe(steps.length);
        expect(card?.lapses).toBe(lapses);
      }),
      { numRuns: 300 },
    );
  });

  it('undo after a grade gives back the state before it', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 0, maxLength: 15 }), step, (history, last) => {
        // Undo as the app does it: a tombstone, then a replay of the card's other reviews.
        let t = start;
        const stores = createStores({ storage: new MemoryStorage(), now: () => new Date(t) });
        const progress = () => stores.progress.getState();
        for (const s of history) {
          t += s.waitMinutes * 60_000;
          progress().grade('gpt-2/c1', s.grade, 'before');
        }
        const card = progress().cards['gpt-2/c1'];
        t += last.waitMinutes * 60_000;
        progress().grade('gpt-2/c1', last.grade, 'last');
        progress().undo('last');
        expect(progress().cards['gpt-2/c1']).toEqual(card);
      }),
      { numRuns: 300 },
    );
  });
});
