// Three optimizers on one two-dimensional loss: a long, narrow valley, steep across (y) and shallow along (x), with
// seeded noise on every gradient as a minibatch would give. Plain SGD crawls along the valley floor at small steps;
// momentum builds up speed; Adam rescales each coordinate's step (Kingma and Ba 2015).
import { normal, seededUniform } from './random.ts';

/** Curvatures of the valley: the loss is (SHALLOW·x² + STEEP·y²) / 2, lowest (0) at the origin. */
export const SHALLOW = 0.1;
export const STEEP = 10;
export const START = { x: -4.5, y: 0.8 } as const;
/** Standard deviation of the noise added to each gradient coordinate. */
const GRADIENT_NOISE = 0.05;

export const loss = (x: number, y: number): number => (SHALLOW * x * x + STEEP * y * y) / 2;

export type OptimizerName = 'sgd' | 'momentum' | 'adam';

export interface OptimizerPath {
  name: OptimizerName;
  points: { x: number; y: number }[];
  /** Loss after the last step. */
  finalLoss: number;
}

interface PathSettings {
  learningRate: number;
  steps?: number;
  seed: number;
}

/** Kingma and Ba's suggested defaults. */
const BETA1 = 0.9;
const BETA2 = 0.999;
const EPSILON = 1e-8;
/** Heavy-ball momentum, the usual 0.9. */
const MOMENTUM = 0.9;

/** One optimizer's path from START. Every optimizer sees the same noise sequence for a given seed. */
export function optimizerPath(
  name: OptimizerName,
  { learningRate, steps = 150, seed }: PathSettings,
): OptimizerPath {
  const uniform = seededUniform(seed);
  let x: number = START.x;
  let y: number = START.y;
  const points = [{ x, y }];
  let vx = 0; // momentum's velocity, or Adam's first moment
  let vy = 0;
  let sx = 0; // Adam's second moment
  let sy = 0;
  for (let t = 1; t <= steps; t++) {
    const gx = SHALLOW * x + GRADIENT_NOISE * normal(uniform);
    const gy = STEEP * y + GRADIENT_NOISE * normal(uniform);
    if (name === 'sgd') {
      x -= learningRate * gx;
      y -= learningRate * gy;
    } else if (name === 'momentum') {
      vx = MOMENTUM * vx + gx;
      vy = MOMENTUM * vy + gy;
      x -= learningRate * vx;
      y -= learningRate * vy;
    } else {
      vx = BETA1 * vx + (1 - BETA1) * gx;
      vy = BETA1 * vy + (1 - BETA1) * gy;
      sx = BETA2 * sx + (1 - BETA2) * gx * gx;
      sy = BETA2 * sy + (1 - BETA2) * gy * gy;
      // Bias correction: both averages start at zero, so early on they are divided up to their true scale.
      const mx = vx / (1 - BETA1 ** t);
      const my = vy / (1 - BETA1 ** t);
      const rx = sx / (1 - BETA2 ** t);
      const ry = sy / (1 - BETA2 ** t);
      x -= (learningRate * mx) / (Math.sqrt(rx) + EPSILON);
      y -= (learningRate * my) / (Math.sqrt(ry) + EPSILON);
    }
    points.push({ x, y });
  }
  return { name, points, finalLoss: loss(x, y) };
}

/** The three paths at one learning rate. */
export function optimizerRace(settings: PathSettings): OptimizerPath[] {
  return (['sgd', 'momentum', 'adam'] as const).map((name) => optimizerPath(name, settings));
}

/** The level set loss = level: an ellipse, exactly, for this quadratic; `segments` points around it. */
export function levelSet(level: number, segments = 72): { x: number; y: number }[] {
  const rx = Math.sqrt((2 * level) / SHALLOW);
  const ry = Math.sqrt((2 * level) / STEEP);
  return Array.from({ length: segments + 1 }, (_, i) => {
    const angle = (2 * Math.PI * i) / segments;
    return { x: rx * Math.cos(angle), y: ry * Math.sin(angle) };
  });
}
