// A tiny computational graph, L = (x·w + b − y)², worked forward and then backward one node at a time, so the
// backpropagation figure can step through it. Every number shown is computed here, from the four inputs.
import { formatNumber } from './format-number';

export interface GraphInputs {
  x: number;
  w: number;
  b: number;
  /** The target the prediction should match. */
  y: number;
}

export type NodeId = 'x' | 'w' | 'b' | 'y' | 'p' | 'yHat' | 'e' | 'L';

/** What the figure shows of each node at a step: its value once computed, its gradient ∂L/∂node once reached. */
export interface NodeView {
  value?: number;
  gradient?: number;
}

export interface BackpropStep {
  phase: 'inputs' | 'forward' | 'backward';
  /** The nodes this step computed (highlighted). */
  changed: NodeId[];
  /** The rule applied, with its numbers: "p = x · w = 1.5 × 0.8 = 1.2". */
  explanation: string;
  nodes: Partial<Record<NodeId, NodeView>>;
}

/** Forward values and gradients of L with respect to every node, by the chain rule. */
export function solveGraph({ x, w, b, y }: GraphInputs) {
  const p = x * w;
  const yHat = p + b;
  const e = yHat - y;
  const L = e * e;
  const dL = 1;
  const dE = 2 * e * dL;
  const dYHat = dE * 1;
  const dY = dE * -1;
  const dP = dYHat * 1;
  const dB = dYHat * 1;
  const dW = dP * x;
  const dX = dP * w;
  return {
    value: { x, w, b, y, p, yHat, e, L } satisfies Record<NodeId, number>,
    gradient: { x: dX, w: dW, b: dB, y: dY, p: dP, yHat: dYHat, e: dE, L: dL } satisfies Record<
      NodeId,
      number
    >,
  };
}

const f = (n: number) => formatNumber(n);

/** The walk the figure steps through: the inputs, four forward steps, then the gradients from L back to w, x and b. */
export function backpropSteps(inputs: GraphInputs): BackpropStep[] {
  const { value: v, gradient: g } = solveGraph(inputs);
  const steps: Omit<BackpropStep, 'nodes'>[] = [
    {
      phase: 'inputs',
      changed: ['x', 'w', 'b', 'y'],
      explanation: `The input x = ${f(v.x)}, the weight w = ${f(v.w)}, the bias b = ${f(v.b)}, and the target y = ${f(v.y)}.`,
    },
    { phase: 'forward', changed: ['p'], explanation: `p = x · w = ${f(v.x)} × ${f(v.w)} = ${f(v.p)}.` },
    { phase: 'forward', changed: ['yHat'], explanation: `ŷ = p + b = ${f(v.p)} + ${f(v.b)} = ${f(v.yHat)}.` },
    { phase: 'forward', changed: ['e'], explanation: `e = ŷ − y = ${f(v.yHat)} − ${f(v.y)} = ${f(v.e)}.` },
    { phase: 'forward', changed: ['L'], explanation: `the loss L = e² = ${f(v.L)}.` },
    {
      phase: 'backward',
      changed: ['L', 'e'],
      explanation: `Start with ∂L/∂L = 1. Since L = e², ∂L/∂e = 2e = 2 × ${f(v.e)} = ${f(g.e)}.`,
    },
    {
      phase: 'backward',
      changed: ['yHat', 'y'],
      explanation: `Chain rule: ∂L/∂ŷ = ∂L/∂e · ∂e/∂ŷ = ${f(g.e)} × 1 = ${f(g.yHat)}.`,
    },
    {
      phase: 'backward',
      changed: ['p', 'b'],
      explanation: `An addition passes the gradient on unchanged: ∂L/∂p = ∂L/∂b = ∂L/∂ŷ = ${f(g.yHat)}.`,
    },
    {
      phase: 'backward',
      changed: ['w', 'x'],
      explanation: `A product swaps its inputs: ∂L/∂w = ∂L/∂p · x = ${f(g.p)} × ${f(v.x)} = ${f(g.w)}, and ∂L/∂x = ∂L/∂p · w = ${f(g.p)} × ${f(v.w)} = ${f(g.x)}.`,
    },
  ];
  const shown: Partial<Record<NodeId, NodeView>> = {};
  return steps.map((step) => {
    for (const id of step.changed) {
      const seen = shown[id] ?? {};
      shown[id] = step.phase === 'backward' ? { ...seen, gradient: g[id] } : { ...seen, value: v[id] };
    }
    return { ...step, nodes: structuredClone(shown) };
  });
}

/** The example the figure uses: a prediction of 1.4 against a target of 2. */
export const EXAMPLE_INPUTS: GraphInputs = { x: 1.5, w: 0.8, b: 0.2, y: 2 };
