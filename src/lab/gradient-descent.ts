// Early stopping in miniature: full-batch gradient descent on a wide random-features model and a few noisy points.
// Descent fits the smooth directions of the data first and the noise last, so test error falls, then rises.

import { normal, seededUniform } from './random.ts';
import { drawInputs, drawWaves, truth, type Wave, wave } from './random-features.ts';

export interface EarlyStoppingSettings {
  /** Standard deviation of the noise added to each training label (the curve's amplitude is 1). */
  labelNoise: number;
  seed: number;
  trainingPoints?: number;
  features?: number;
  /** Training steps; each is one epoch, since every step sees the whole training set. */
  epochs?: number;
  /** How many epochs to report, spread evenly on a log scale. */
  samples?: number;
}

export interface EpochPoint {
  epoch: number;
  trainError: number;
  testError: number;
}

export interface EarlyStoppingResult {
  points: EpochPoint[];
  /** The reported epoch of lowest test error: where early stopping on a validation set would keep the weights. */
  best: EpochPoint;
  last: EpochPoint;
}

const TEST_POINTS = 40;
/** Frequencies of a smooth model: its kernel has a few large, smooth directions and many small, rough ones. */
const FREQUENCY_SCALE = 8;
/** The step as a fraction of the largest stable one: small, so the slow fit of the noise spreads over many epochs. */
const STEP_FRACTION = 0.05;

/** Epochs 1…epochs, about `samples` of them, evenly spaced on a log scale. */
export function epochGrid(epochs: number, samples: number): number[] {
  const grid = new Set<number>();
  for (let k = 0; k < samples; k++) grid.add(Math.round(epochs ** (k / (samples - 1))));
  return [...grid].sort((a, b) => a - b);
}

/**
 * Train and test error over epochs of gradient descent on the mean squared error, from zero weights. The model is
 * linear in its random features, so the weights' predictions follow f ← f − (η/n)·K·(f − y) exactly, with K = ΦΦᵀ
 * on the training inputs and K' = Φ'Φᵀ for the test inputs; the step size η is 1/λ_max(K/n), the largest stable one
 * up to a factor of two, times STEP_FRACTION.
 */
export function earlyStopping({
  labelNoise,
  seed,
  trainingPoints: n = 20,
  features = 200,
  epochs = 2000,
  samples = 30,
}: EarlyStoppingSettings): EarlyStoppingResult {
  const uniform = seededUniform(seed);
  const xs = drawInputs(uniform, n);
  const ys = Float64Array.from(xs, (x) => truth(x) + labelNoise * normal(uniform));
  const testXs = Array.from({ length: TEST_POINTS }, (_, t) => -1 + (2 * t) / (TEST_POINTS - 1));
  const waves = drawWaves(uniform, features, FREQUENCY_SCALE);

  // Kernels K (n×n) and K' (test×n), scaled by 1/features so their size does not depend on the model's width.
  const kernel = new Float64Array(n * n);
  const cross = new Float64Array(TEST_POINTS * n);
  const phi = new Float64Array(n);
  for (const w of waves) {
    for (let i = 0; i < n; i++) phi[i] = wave(w as Wave, xs[i] as number) / Math.sqrt(features);
    for (let i = 0; i < n; i++) {
      const fi = phi[i] as number;
      for (let k = 0; k < n; k++) kernel[i * n + k] = (kernel[i * n + k] as number) + fi * (phi[k] as number);
    }
    for (let t = 0; t < TEST_POINTS; t++) {
      const ft = wave(w, testXs[t] as number) / Math.sqrt(features);
      for (let i = 0; i < n; i++) cross[t * n + i] = (cross[t * n + i] as number) + ft * (phi[i] as number);
    }
  }
  const step = STEP_FRACTION / (largestEigenvalue(kernel, n) / n);

  // The weights stay Φᵀc for a vector c of n numbers (they start at zero and every gradient is Φᵀ times something),
  // so an epoch updates c and the training predictions Kc; test predictions K'c are needed only at reported epochs.
  const fit = new Float64Array(n);
  const dual = new Float64Array(n);
  const residual = new Float64Array(n);
  const grid = epochGrid(epochs, samples);
  const points: EpochPoint[] = [];
  let next = 0;
  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (let i = 0; i < n; i++) {
      residual[i] = (fit[i] as number) - (ys[i] as number);
      dual[i] = (dual[i] as number) - (step / n) * (residual[i] as number);
    }
    for (let i = 0; i < n; i++) {
      let change = 0;
      for (let k = 0; k < n; k++) change += (kernel[i * n + k] as number) * (residual[k] as number);
      fit[i] = (fit[i] as number) - (step / n) * change;
    }
    if (epoch !== grid[next]) continue;
    let trainSum = 0;
    for (let i = 0; i < n; i++) trainSum += ((fit[i] as number) - (ys[i] as number)) ** 2;
    let testSum = 0;
    for (let t = 0; t < TEST_POINTS; t++) {
      let prediction = 0;
      for (let k = 0; k < n; k++) prediction += (cross[t * n + k] as number) * (dual[k] as number);
      testSum += (prediction - truth(testXs[t] as number)) ** 2;
    }
    points.push({ epoch, trainError: trainSum / n, testError: testSum / TEST_POINTS });
    next++;
  }
  const best = points.reduce((a, b) => (b.testError < a.testError ? b : a), points[0] as EpochPoint);
  return { points, best, last: points[points.length - 1] as EpochPoint };
}

/** The largest eigenvalue of a symmetric positive semi-definite matrix, by power iteration (a few dozen steps give
 * it to well under a percent, which is all a step size needs). */
function largestEigenvalue(matrix: Float64Array, size: number): number {
  let v = new Float64Array(size).fill(1 / Math.sqrt(size));
  let value = 0;
  for (let iteration = 0; iteration < 50; iteration++) {
    const next = new Float64Array(size);
    for (let i = 0; i < size; i++) {
      let sum = 0;
      for (let k = 0; k < size; k++) sum += (matrix[i * size + k] as number) * (v[k] as number);
      next[i] = sum;
    }
    value = Math.hypot(...next);
    if (value === 0) return 0;
    for (let i = 0; i < size; i++) next[i] = (next[i] as number) / value;
    v = next;
  }
  return value;
}
