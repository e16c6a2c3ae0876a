import { describe, expect, it } from 'vitest';
import { doubleDescent, featureGrid, INTERPOLATION_TOLERANCE } from '../../src/lab/random-features';

const nearest = <P extends { features: number }>(points: P[], p: number): P =>
  points.reduce((a, b) => (Math.abs(b.features - p) < Math.abs(a.features - p) ? b : a));

describe('double descent with random features', () => {
  it('is the same for the same seed, so the prerendered figure matches the hydrated one', () => {
    expect(doubleDescent({ trainingPoints: 20, labelNoise: 0.2, seed: 2019 })).toEqual(
      doubleDescent({ trainingPoints: 20, labelNoise: 0.2, seed: 2019 }),
    );
  });

  it('samples model sizes up to six times the largest training set, including n itself', () => {
    const grid = featureGrid(24);
    expect(grid).toContain(24);
    expect(grid.length).toBeLessThanOrEqual(25);
    expect(grid[grid.length - 1]).toBe(240);
  });

  for (const trainingPoints of [10, 20, 30, 40]) {
    it(`peaks within 20% of the ${trainingPoints} training points, and is lower again at 5× that size`, () => {
      const { peak, points } = doubleDescent({ trainingPoints, labelNoise: 0.2, seed: 2019 });
      expect(Math.abs(peak.features - trainingPoints)).toBeLessThanOrEqual(0.2 * trainingPoints);
      expect(nearest(points, 5 * trainingPoints).testError).toBeLessThan(peak.testError / 10);
    });
  }

  it('moves its peak with the number of training points', () => {
    const small = doubleDescent({ trainingPoints: 12, labelNoise: 0.2, seed: 2019 }).peak.features;
    const large = doubleDescent({ trainingPoints: 36, labelNoise: 0.2, seed: 2019 }).peak.features;
    expect(large).toBeGreaterThan(2 * small);
  });

  it('fits the training set exactly at and beyond the threshold, and not well below it', () => {
    const { points, threshold } = doubleDescent({ trainingPoints: 20, labelNoise: 0.2, seed: 2019 });
    expect(threshold).toBeDefined();
    expect(Math.abs((threshold ?? 0) - 20)).toBeLessThanOrEqual(4);
    for (const p of points.filter((q) => q.features >= (threshold ?? 0))) {
      expect(p.trainError).toBeLessThan(INTERPOLATION_TOLERANCE);
    }
    expect(nearest(points, 10).trainError).toBeGreaterThan(1e-3);
  });

  it('grows its peak with label noise', () => {
    for (const seed of [1, 2019]) {
      const peakAt = (labelNoise: number) =>
        doubleDescent({ trainingPoints: 20, labelNoise, seed }).peak.testError;
      expect(peakAt(0.5)).toBeGreaterThan(peakAt(0.1));
    }
  });
});
