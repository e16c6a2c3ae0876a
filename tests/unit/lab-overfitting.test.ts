import { describe, expect, it } from 'vitest';
import { polynomialFit } from '../../src/lab/polynomial-fit';

const fits = Array.from({ length: 12 }, (_, degree) => polynomialFit({ degree, seed: 12 }));

describe('overfitting with polynomials', () => {
  it('lowers train error with every added degree, to zero when it passes through all 12 points', () => {
    for (let d = 1; d < fits.length; d++) {
      expect(fits[d]?.trainError).toBeLessThanOrEqual((fits[d - 1]?.trainError ?? 0) + 1e-12);
    }
    expect(fits[11]?.trainError).toBeLessThan(1e-8);
  });

  it('has test error falling then rising: lowest at a middle degree, far higher at the top', () => {
    const tests = fits.map((f) => f.testError);
    const best = tests.indexOf(Math.min(...tests));
    expect(best).toBeGreaterThan(0);
    expect(best).toBeLessThan(8);
    expect(tests[11]).toBeGreaterThan(10 * (tests[best] ?? 0));
    // The gap between train and test error widens past the best degree.
    expect((fits[10]?.testError ?? 0) - (fits[10]?.trainError ?? 0)).toBeGreaterThan(
      (fits[best]?.testError ?? 0) - (fits[best]?.trainError ?? 0),
    );
  });

  it('fits the same training points at every degree', () => {
    expect(polynomialFit({ degree: 2, seed: 12 }).training).toEqual(
      polynomialFit({ degree: 9, seed: 12 }).training,
    );
  });
});
