// Recompute times for a slider move in each live figure. Each must stay well under 12 ms here, so that it stays under
// 50 ms at 4× CPU throttling and needs no Web Worker.
import { bench, describe } from 'vitest';
import { earlyStopping } from '../../src/lab/gradient-descent';
import { optimizerRace } from '../../src/lab/optimizers';
import { polynomialFit } from '../../src/lab/polynomial-fit';
import { doubleDescent } from '../../src/lab/random-features';

describe('live figure recomputes', () => {
  bench('double descent, 20 points (default)', () => {
    doubleDescent({ trainingPoints: 20, labelNoise: 0.2, seed: 2019 });
  });
  bench('double descent, 40 points (largest)', () => {
    doubleDescent({ trainingPoints: 40, labelNoise: 0.2, seed: 2019 });
  });
  bench('early stopping, 2000 epochs', () => {
    earlyStopping({ labelNoise: 0.3, seed: 7 });
  });
  bench('overfitting, all 12 degrees', () => {
    for (let degree = 0; degree < 12; degree++) polynomialFit({ degree, seed: 12 });
  });
  bench('optimizer paths, 3 × 150 steps', () => {
    optimizerRace({ learningRate: 0.01, seed: 1412 });
  });
});
