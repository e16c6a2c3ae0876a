// The first run of each live figure ships as JSON made at build time: it must be the lab's own result, unchanged.
import doubleDescentRun from 'virtual:first-run/double-descent';
import earlyStoppingRun from 'virtual:first-run/early-stopping';
import optimizerRaceRun from 'virtual:first-run/optimizer-race';
import { describe, expect, it } from 'vitest';
import { firstRunJson } from '../../build/first-runs';
import { type FirstRunName, firstRuns, isFirstRun } from '../../src/features/figures/live/first-runs';

const shipped: Record<FirstRunName, unknown> = {
  'double-descent': doubleDescentRun,
  'early-stopping': earlyStoppingRun,
  'optimizer-race': optimizerRaceRun,
};

describe('first runs', () => {
  for (const name of Object.keys(firstRuns) as FirstRunName[]) {
    it(`${name}: the shipped JSON is a fresh run of the lab to 6 significant digits, finite numbers only`, () => {
      const fresh = firstRuns[name]();
      expect(shipped[name]).toEqual(JSON.parse(firstRunJson(fresh)));
      const differences: number[] = [];
      const walk = (a: unknown, b: unknown) => {
        if (typeof a === 'number' && typeof b === 'number')
          differences.push(Math.abs(a - b) / Math.max(Math.abs(b), 1e-12));
        else if (a && b && typeof a === 'object')
          for (const k of Object.keys(b)) walk((a as never)[k], (b as never)[k]);
      };
      walk(shipped[name], fresh);
      expect(Math.max(...differences)).toBeLessThan(1e-5);
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
