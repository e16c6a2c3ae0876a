import { describe, expect, it } from 'vitest';
import { earlyStopping, epochGrid } from '../../src/lab/gradient-descent';

describe('early stopping with gradient descent', () => {
  it('reports about 30 epochs spread on a log scale from 1 to the last', () => {
    const grid = epochGrid(2000, 30);
    expect(grid[0]).toBe(1);
    expect(grid[grid.length - 1]).toBe(2000);
    expect(grid.length).toBeGreaterThan(20);
  });

  it('stops before the last epoch, at lower test error, for every one of ten training sets', () => {
    for (let seed = 1; seed <= 10; seed++) {
      const { best, last } = earlyStopping({ labelNoise: 0.3, seed });
      expect(best.epoch).toBeLessThan(last.epoch);
      expect(best.testError).toBeLessThan(last.testError);
    }
  });

  for (const seed of [1, 2]) {
    it(`stops before the last epoch with lower test error than training on (seed ${seed})`, () => {
      const { best, last, points } = earlyStopping({ labelNoise: 0.3, seed });
      expect(best.epoch).toBeLessThan(last.epoch);
      expect(best.testError).toBeLessThan(last.testError / 2);
      // Train error falls the whole way: the rise in test error is fitting noise, not failing to fit.
      for (let i = 1; i < points.length; i++) {
        expect(points[i]?.trainError).toBeLessThanOrEqual((points[i - 1]?.trainError ?? 0) + 1e-12);
      }
      expect(last.trainError).toBeLessThan(best.trainError);
    });
  }

  it('gains more from stopping early when the labels are noisier', () => {
    const gap = (labelNoise: number) => {
      const { best, last } = earlyStopping({ labelNoise, seed: 2 });
      return last.testError - best.testError;
    };
    expect(gap(0.5)).toBeGreaterThan(gap(0.1));
  });
});
