// Model-wise double descent in miniature: random Fourier features fitted by minimum-norm least squares to a few noisy
// points of a smooth curve, scored on train and test error as the number of features grows past the number of points.
import { solveSymmetric } from './linear-algebra.ts';
import { normal, seededUniform, type Uniform } from './random.ts';

/** The curve the learner's model tries to recover; labels are this plus Gaussian noise. */
export const truth = (x: number): number => Math.sin(Math.PI * x);

/** The largest model the experiment fits, in random features; six times the largest training set, so the second
 * descent is visible for every slider setting. */
export const MAX_FEATURES = 240;

/** Test inputs: an even grid over the input range, scored against the noise-free curve. */
const TEST_POINTS = 40;

/** A tiny ridge, relative to the kernel's trace: small enough that the fit is the minimum-norm least-squares solution
 * to plotting precision, large enough that the solve stays finite exactly at the threshold. */
const RIDGE = 1e-10;

/** Below this mean squared error the training set counts as fitted exactly (it is ~1e-9 of the labels' scale). */
export const INTERPOLATION_TOLERANCE = 1e-6;

export interface DoubleDescentSettings {
  /** Number of training points, n. */
  trainingPoints: number;
  /** Standard deviation of the Gaussian noise added to each training label (the curve's amplitude is 1). */
  labelNoise: number;
  seed: number;
  /** Independent repetitions (new data, new features) averaged into each point of the curve. */
  runs?: number;
  /** Model sizes to fit, in features, each from 1 to MAX_FEATURES; default: featureGrid(trainingPoints). */
  featureCounts?: readonly number[];
}

export interface ModelSizePoint {
  /** Model size: the number of random features, p. */
  features: number;
  /** Mean squared error on the (noisy) training labels, averaged over runs. */
  trainError: number;
  /** Mean squared error against the noise-free curve on an even grid of inputs, averaged over runs. */
  testError: number;
}

export interface DoubleDescentResult {
  points: ModelSizePoint[];
  /** The smallest model size whose train error is below INTERPOLATION_TOLERANCE: the interpolation threshold. */
  threshold: number | undefined;
  /** The point of highest test error. */
  peak: ModelSizePoint;
}

/** About 22 model sizes spread evenly on a log scale from 1 to MAX_FEATURES, plus n itself and its neighbours, so the
 * curve is sampled where it changes fastest. */
export function featureGrid(trainingPoints: number): number[] {
  const sizes = new Set<number>();
  const steps = 20;
  for (let k = 0; k <= steps; k++) sizes.add(Math.round(MAX_FEATURES ** (k / steps)));
  for (const p of [trainingPoints - 1, trainingPoints, trainingPoints + 1]) {
    if (p >= 1 && p <= MAX_FEATURES) sizes.add(p);
  }
  return [...sizes].sort((a, b) => a - b);
}

/** Spread of the features' frequencies (radians per unit of input). Wide enough that 40 points one 20th apart can be
 * told apart, so the features can fit every training set the slider offers once there are as many features as
 * points; a random ReLU hinge in one dimension cannot (its knots must fall between the points), and a smoother
 * spread leaves the kernel so ill-conditioned that the fit stops short of interpolating. */
const FREQUENCY_SCALE = 50;

/** A random Fourier feature cos(ωx + b) (Rahimi and Recht 2007), the features Belkin et al. used. */
export interface Wave {
  frequency: number;
  phase: number;
}

export const wave = ({ frequency, phase }: Wave, x: number): number => Math.cos(frequency * x + phase);

export function drawWaves(uniform: Uniform, count: number, scale = FREQUENCY_SCALE): Wave[] {
  return Array.from({ length: count }, () => ({
    frequency: scale * normal(uniform),
    phase: 2 * Math.PI * uniform(),
  }));
}

/** Training inputs spread over [-1, 1]: one in each of n equal cells, at a random spot in its middle half, so no two
 * points nearly coincide (two such points with different noisy labels would dominate every fit). */
export function drawInputs(uniform: Uniform, n: number): number[] {
  return Array.from({ length: n }, (_, i) => -1 + (2 * (i + 0.25 + 0.5 * uniform())) / n);
}

/**
 * Train and test error of one run at each model size in `sizes` (ascending). Models are nested: the model with p
 * features uses the first p waves. The fit is solved in the n×n kernel form, α = (ΦΦᵀ + λI)⁻¹y and weights Φᵀα,
 * which is ridge regression with a tiny λ at every p and tends to minimum-norm least squares as λ → 0; the kernel
 * ΦΦᵀ is a sum over features, so it grows by one feature at a time.
 */
function oneRun(
  n: number,
  noise: number,
  uniform: Uniform,
  sizes: readonly number[],
): { train: Float64Array; test: Float64Array } {
  const xs = drawInputs(uniform, n);
  const ys = Float64Array.from(xs, (x) => truth(x) + noise * normal(uniform));
  const largest = sizes[sizes.length - 1] ?? 0;
  const waves = drawWaves(uniform, largest);
  // Feature values, one feature after another: phi[j·n + i] is feature j at training input i; phiTest likewise on
  // the test grid. Each loop below then reads memory in order.
  const phi = new Float64Array(largest * n);
  const phiTest = new Float64Array(largest * TEST_POINTS);
  for (let j = 0; j < largest; j++) {
    const w = waves[j] as Wave;
    for (let i = 0; i < n; i++) phi[j * n + i] = wave(w, xs[i] as number);
    for (let t = 0; t < TEST_POINTS; t++) phiTest[j * TEST_POINTS + t] = wave(w, testInput(t));
  }
  const testTargets = Float64Array.from({ length: TEST_POINTS }, (_, t) => truth(testInput(t)));

  const kernel = new Float64Array(n * n); // ΦΦᵀ over the features so far; the solver reads its lower triangle
  const weights = new Float64Array(largest);
  const train = new Float64Array(sizes.length);
  const test = new Float64Array(sizes.length);
  let trace = 0;
  let next = 0;
  for (let j = 0; j < largest; j++) {
    const column = j * n;
    for (let i = 0; i < n; i++) {
      const fi = phi[column + i] as number;
      trace += fi * fi;
      const row = i * n;
      for (let k = 0; k <= i; k++)
        kernel[row + k] = (kernel[row + k] as number) + fi * (phi[column + k] as number);
    }
    const p = j + 1;
    if (p !== sizes[next]) continue;

    const alpha = solveSymmetric(kernel, ys, n, RIDGE * trace + Number.MIN_VALUE);
    for (let f = 0; f < p; f++) {
      let sum = 0;
      for (let i = 0; i < n; i++) sum += (phi[f * n + i] as number) * (alpha[i] as number);
      weights[f] = sum;
    }
    train[next] = meanSquaredError(phi, n, p, weights, ys);
    test[next] = meanSquaredError(phiTest, TEST_POINTS, p, weights, testTargets);
    next++;
  }
  return { train, test };
}

const testInput = (t: number): number => -1 + (2 * t) / (TEST_POINTS - 1);

/** Mean squared error against `targets` of the model with the first p weights; `features` holds one feature's values
 * at every input, then the next feature's. */
function meanSquaredError(
  features: Float64Array,
  inputs: number,
  p: number,
  weights: Float64Array,
  targets: Float64Array,
): number {
  const fit = new Float64Array(inputs);
  for (let f = 0; f < p; f++) {
    const w = weights[f] as number;
    const column = f * inputs;
    for (let r = 0; r < inputs; r++) fit[r] = (fit[r] as number) + w * (features[column + r] as number);
  }
  let sum = 0;
  for (let r = 0; r < inputs; r++) sum += ((fit[r] as number) - (targets[r] as number)) ** 2;
  return sum / inputs;
}

/** Train and test error against model size, averaged over `runs` seeded repetitions. */
export function doubleDescent({
  trainingPoints,
  labelNoise,
  seed,
  runs = 4,
  featureCounts,
}: DoubleDescentSettings): DoubleDescentResult {
  const sizes = [...(featureCounts ?? featureGrid(trainingPoints))].sort((a, b) => a - b);
  const uniform = seededUniform(seed);
  const train = new Float64Array(sizes.length);
  const test = new Float64Array(sizes.length);
  for (let r = 0; r < runs; r++) {
    const run = oneRun(trainingPoints, labelNoise, uniform, sizes);
    for (let s = 0; s < sizes.length; s++) {
      train[s] = (train[s] as number) + (run.train[s] as number) / runs;
      test[s] = (test[s] as number) + (run.test[s] as number) / runs;
    }
  }
  const points = sizes.map((features, s) => ({
    features,
    trainError: train[s] as number,
    testError: test[s] as number,
  }));
  const peak = points.reduce(
    (best, p) => (p.testError > best.testError ? p : best),
    points[0] as ModelSizePoint,
  );
  const threshold = points.find((p) => p.trainError < INTERPOLATION_TOLERANCE)?.features;
  return { points, threshold, peak };
}
