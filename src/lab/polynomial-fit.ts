// Overfitting in miniature: least-squares polynomials of rising degree through a dozen noisy points of a smooth curve.
import { solveSymmetric } from './linear-algebra.ts';
import { normal, seededUniform } from './random.ts';
import { drawInputs, truth } from './random-features.ts';

export interface PolynomialFitSettings {
  /** Highest power of x in the model: its capacity. */
  degree: number;
  seed: number;
  /** Standard deviation of the noise added to each training label. */
  labelNoise?: number;
  trainingPoints?: number;
}

export interface PolynomialFit {
  training: { x: number; y: number }[];
  /** The fitted curve on an even grid over the input range. */
  curve: { x: number; y: number }[];
  trainError: number;
  /** Mean squared error against the noise-free curve on the same grid. */
  testError: number;
}

const GRID = 81;

/** Legendre polynomials P0…P_degree at x: the same polynomials as 1, x, x², … but far better conditioned on [-1, 1]. */
function legendre(x: number, degree: number, out: Float64Array): void {
  out[0] = 1;
  if (degree >= 1) out[1] = x;
  for (let k = 2; k <= degree; k++) {
    out[k] = ((2 * k - 1) * x * (out[k - 1] as number) - (k - 1) * (out[k - 2] as number)) / k;
  }
}

/** The same training set for every degree (one seed), so moving the slider changes the model and nothing else. */
export function trainingSet(
  seed: number,
  labelNoise = 0.25,
  trainingPoints = 12,
): { x: number; y: number }[] {
  const uniform = seededUniform(seed);
  const xs = drawInputs(uniform, trainingPoints);
  return xs.map((x) => ({ x, y: truth(x) + labelNoise * normal(uniform) }));
}

/** The least-squares polynomial of the given degree (at most trainingPoints − 1, where it passes through every point). */
export function polynomialFit({
  degree,
  seed,
  labelNoise,
  trainingPoints,
}: PolynomialFitSettings): PolynomialFit {
  const training = trainingSet(seed, labelNoise, trainingPoints);
  const size = degree + 1;
  const basis = new Float64Array(size);
  const gram = new Float64Array(size * size);
  const moments = new Float64Array(size);
  for (const { x, y } of training) {
    legendre(x, degree, basis);
    for (let a = 0; a < size; a++) {
      moments[a] = (moments[a] as number) + (basis[a] as number) * y;
      for (let b = 0; b < size; b++) {
        gram[a * size + b] = (gram[a * size + b] as number) + (basis[a] as number) * (basis[b] as number);
      }
    }
  }
  // The tiny ridge only keeps the solve finite at the interpolating degree; it changes no plotted digit.
  const coefficients = solveSymmetric(gram, moments, size, 1e-12 * training.length);
  const predict = (x: number): number => {
    legendre(x, degree, basis);
    let sum = 0;
    for (let a = 0; a < size; a++) sum += (coefficients[a] as number) * (basis[a] as number);
    return sum;
  };
  const curve = Array.from({ length: GRID }, (_, i) => {
    const x = -1 + (2 * i) / (GRID - 1);
    return { x, y: predict(x) };
  });
  const trainError = training.reduce((sum, { x, y }) => sum + (predict(x) - y) ** 2, 0) / training.length;
  const testError = curve.reduce((sum, { x, y }) => sum + (y - truth(x)) ** 2, 0) / GRID;
  return { training, curve, trainError, testError };
}
