// Backpropagation on a graph small enough to follow by hand: step forward through the values, then backward through
// the gradients, each one the chain rule applied to the gradient before it.
import { useState } from 'react';
import { ChartSvg } from '../../../ui/charts/ChartSvg';
import { FigureFrame } from '../../../ui/charts/FigureFrame';
import { useChartWidth } from '../../../ui/charts/useChartWidth';
import { Arrow } from '../static/Arrow';
import { Box } from '../static/Box';
import {
  type BackpropStep,
  backpropSteps,
  EXAMPLE_INPUTS,
  type NodeId,
  solveGraph,
} from '../static/backprop-graph';
import { formatNumber } from '../static/format-number';

const STEPS = backpropSteps(EXAMPLE_INPUTS);
const SOLVED = solveGraph(EXAMPLE_INPUTS);

const MAX_WIDTH = 420;
const INPUT_WIDTH = 112;
const OP_WIDTH = 166;
const BOX_HEIGHT = 58;

/** How each node is named on the drawing and in the table. */
const NODES: { id: NodeId; name: string; rule: string }[] = [
  { id: 'x', name: 'x', rule: 'x, the input' },
  { id: 'w', name: 'w', rule: 'w, a weight' },
  { id: 'b', name: 'b', rule: 'b, the bias' },
  { id: 'y', name: 'y', rule: 'y, the target' },
  { id: 'p', name: 'p', rule: 'p = x · w' },
  { id: 'yHat', name: 'ŷ', rule: 'ŷ = p + b' },
  { id: 'e', name: 'e', rule: 'e = ŷ − y' },
  { id: 'L', name: 'L', rule: 'L = e²' },
];
const nodeById = new Map(NODES.map((n) => [n.id, n]));

function nodeLines(id: NodeId, step: BackpropStep): string[] {
  const node = nodeById.get(id);
  const view = step.nodes[id];
  const value = view?.value === undefined ? '= ?' : `= ${formatNumber(view.value)}`;
  const gradient = view?.gradient === undefined ? '' : `∂L/∂${node?.name} = ${formatNumber(view.gradient)}`;
  return [node?.rule ?? id, value, gradient];
}

export default function BackpropagationFigure() {
  const [ref, width] = useChartWidth();
  const [index, setIndex] = useState(0);
  const step = STEPS[index] ?? (STEPS[0] as BackpropStep);

  const content = Math.min(width, MAX_WIDTH);
  const left = (width - content) / 2;
  const inX = left + 4 + INPUT_WIDTH / 2;
  const opX = left + content - 4 - OP_WIDTH / 2;
  const row = (r: number) => 36 + r * 76;
  const at: Record<NodeId, readonly [number, number]> = {
    x: [inX, row(0)],
    w: [inX, row(1)],
    b: [inX, row(2)],
    y: [inX, row(3)],
    p: [opX, row(0.5)],
    yHat: [opX, row(2)],
    e: [opX, row(3)],
    L: [opX, row(4)],
  };
  const height = row(4) + BOX_HEIGHT / 2 + 6;
  const inRight = inX + INPUT_WIDTH / 2;
  const opLeft = opX - OP_WIDTH / 2;
  const half = BOX_HEIGHT / 2;
  const edges: (readonly [number, number])[][] = [
    [
      [inRight, at.x[1]],
      [opLeft, at.p[1] - 12],
    ],
    [
      [inRight, at.w[1]],
      [opLeft, at.p[1] + 12],
    ],
    [
      [opX, at.p[1] + half],
      [opX, at.yHat[1] - half],
    ],
    [
      [inRight, at.b[1]],
      [opLeft, at.yHat[1]],
    ],
    [
      [opX, at.yHat[1] + half],
      [opX, at.e[1] - half],
    ],
    [
      [inRight, at.y[1]],
      [opLeft, at.e[1]],
    ],
    [
      [opX, at.e[1] + half],
      [opX, at.L[1] - half],
    ],
  ];

  const controls = (
    <div className="figure-stepper">
      <div className="figure-stepper-buttons">
        <button type="button" onClick={() => setIndex((i) => Math.max(0, i - 1))} disabled={index === 0}>
          Previous step
        </button>
        <button
          type="button"
          onClick={() => setIndex((i) => Math.min(STEPS.length - 1, i + 1))}
          disabled={index === STEPS.length - 1}
        >
          Next step
        </button>
      </div>
      <p role="status" className="figure-step">
        <strong>
          Step {index + 1} of {STEPS.length}
          {step.phase === 'backward' ? ' (backward)' : step.phase === 'forward' ? ' (forward)' : ''}:
        </strong>{' '}
        {step.explanation}
      </p>
    </div>
  );

  return (
    <FigureFrame
      caption={
        <>
          Backpropagation on L = (x · w + b − y)²: the forward pass computes each value from the ones before
          it; the backward pass starts from ∂L/∂L = 1 and multiplies by one local derivative per node (the
          chain rule), so ∂L/∂w = ∂L/∂e · ∂e/∂ŷ · ∂ŷ/∂p · ∂p/∂w.
        </>
      }
      source={<>Every number is computed in your browser from x, w, b and y by the chain rule.</>}
      controls={controls}
      alternative={
        <table>
          <caption>Values and gradients once both passes are done</caption>
          <thead>
            <tr>
              <th scope="col">Node</th>
              <th scope="col">Value</th>
              <th scope="col">∂L/∂node</th>
            </tr>
          </thead>
          <tbody>
            {NODES.map((n) => (
              <tr key={n.id}>
                <th scope="row">{n.rule}</th>
                <td>{formatNumber(SOLVED.value[n.id])}</td>
                <td>{formatNumber(SOLVED.gradient[n.id])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <div ref={ref}>
        <ChartSvg
          width={width}
          height={height}
          label={`Computational graph of L = (x·w + b − y)², at step ${index + 1} of ${STEPS.length}.`}
        >
          {edges.map((points) => (
            <Arrow key={points.map((p) => p.join(',')).join(' ')} points={points} />
          ))}
          {NODES.map((n) => {
            const [x, y] = at[n.id];
            const isInput = n.id === 'x' || n.id === 'w' || n.id === 'b' || n.id === 'y';
            return (
              <Box
                key={n.id}
                x={x}
                y={y}
                width={isInput ? INPUT_WIDTH : OP_WIDTH}
                height={BOX_HEIGHT}
                lines={nodeLines(n.id, step)}
                tone={step.changed.includes(n.id) ? 'accent' : isInput ? 'quiet' : 'plain'}
              />
            );
          })}
        </ChartSvg>
      </div>
    </FigureFrame>
  );
}
