// The first run of each live figure ships as JSON made at build time: it must be the lab's own result, unchanged.
import doubleDescentRun from 'virtual:first-run/double-descent';
import earlyStoppingRun from 'virtual:first-run/early-stopping';
import optimizerRaceRun from 'virtual:first-run/optimizer-race';
import { describe, expect, it } from 'vitest';
import { type FirstRunName, firstRuns, isFirstRun } from '../../src/features/figures/live/first-runs';

const shipped: Record<FirstRunName, unknown> = {
  'double-descent': doubleDescentRun,
  'early-stopping': earlyStoppingRun,
  'optimizer-race': optimizerRaceRun,
};

describe('first runs', () => {
  for (const name of Object.keys(firstRuns) as FirstRunName[]) {
    it(`${name}: the shipped JSON equals a fresh run of the lab, finite numbers only`, () => {
      const fresh = firstRuns[name]();
      expect(shipped[name]).toEqual(fresh);
      const numbers: number[] = [];
      JSON.stringify(fresh, (_, v) => {
        if (typeof v === 'number') numbers.push(v);
        return v;
      });
      expect(numbers.length).toBeGreaterThan(10);
      expect(numbers.every(Number.isFinite)).toBe(true);
    });
  }

  it('are used only for exactly their settings', () => {
    expect(isFirstRun('double-descent', { trainingPoints: 20, labelNoise: 0.2, seed: 2019 })).toBe(true);
    expect(isFirstRun('double-descent', { trainingPoints: 22, labelNoise: 0.2, seed: 2019 })).toBe(false);
    expect(isFirstRun('double-descent', { trainingPoints: 20, labelNoise: 0.25, seed: 2019 })).toBe(false);
    expect(isFirstRun('optimizer-race', { learningRate: 0.02, seed: 1412 })).toBe(false);
  });
});
