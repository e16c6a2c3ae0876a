// SGD, momentum and Adam on one two-dimensional loss, computed live, with a learning-rate slider. The loss is a
// quadratic valley, so its contour lines are exact ellipses (no contouring library needed).

import firstRun from 'virtual:first-run/optimizer-race';
import { scaleLinear } from 'd3-scale';
import { useId, useMemo, useState } from 'react';
import {
  levelSet,
  type OptimizerName,
  type OptimizerPath,
  optimizerRace,
  START,
} from '../../../lab/optimizers';
import { Axis } from '../../../ui/charts/Axis';
import { ChartSvg, type Margin } from '../../../ui/charts/ChartSvg';
import { FigureFrame } from '../../../ui/charts/FigureFrame';
import { linePath } from '../../../ui/charts/shapes';
import { useChartWidth } from '../../../ui/charts/useChartWidth';
import { isFirstRun } from '../live/first-runs';
import { formatError } from '../live/format';
import { Legend } from '../live/Legend';
import { LiveSlider } from '../live/LiveSlider';
import { lineStyle, type SeriesStyle } from '../live/series';

const SEED = 1412;
const RATES = [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1];
const LEVELS = [0.05, 0.2, 0.5, 1, 2, 4];
const MARGIN: Margin = { top: 20, right: 20, bottom: 44, left: 44 };
const NAMES: Record<OptimizerName, string> = { sgd: 'SGD', momentum: 'Momentum', adam: 'Adam' };
const STYLES: Record<OptimizerName, SeriesStyle> = {
  sgd: { stroke: 'var(--hard)', dash: '7 4' },
  momentum: { stroke: 'var(--good)', dash: '2 3' },
  adam: { stroke: 'var(--accent)' },
};

export default function AdamOptimizerFigure() {
  const [rateIndex, setRateIndex] = useState(3);
  const learningRate = RATES[rateIndex] ?? 0.01;
  const [ref, width] = useChartWidth();
  const clipId = useId();
  const paths = useMemo(() => {
    const settings = { learningRate, seed: SEED };
    return isFirstRun('optimizer-race', settings) ? (firstRun as OptimizerPath[]) : optimizerRace(settings);
  }, [learningRate]);
  const height = Math.round(Math.min(340, Math.max(240, width * 0.55)));
  const x = scaleLinear()
    .domain([-5, 1])
    .range([MARGIN.left, width - MARGIN.right]);
  const y = scaleLinear()
    .domain([-1.2, 1.2])
    .range([height - MARGIN.bottom, MARGIN.top]);
  const steps = (paths[0]?.points.length ?? 1) - 1;

  return (
    <FigureFrame
      caption={
        <>
          Paths of SGD, momentum and Adam over {steps} steps at learning rate {learningRate}, on a long valley
          that is steep across and shallow along its floor; the cross marks the start, the lowest point is at
          the centre of the ellipses. Final loss:{' '}
          {paths.map((p) => `${NAMES[p.name]} ${formatError(p.finalLoss)}`).join(', ')}.
        </>
      }
      source={
        <>
          Computed in your browser: loss (0.1·x² + 10·y²)/2 with seeded noise on each gradient; Adam with β₁ =
          0.9, β₂ = 0.999, ε = 10⁻⁸ and bias correction as in Kingma and Ba (2015), &ldquo;Adam: A Method for
          Stochastic Optimization&rdquo;, arXiv:1412.6980; momentum 0.9.
        </>
      }
      controls={
        <LiveSlider
          label="Learning rate"
          min={0}
          max={RATES.length - 1}
          step={1}
          value={rateIndex}
          valueText={String(learningRate)}
          onChange={setRateIndex}
        />
      }
      alternative={
        <table>
          <caption>
            Loss after {steps} steps at learning rate {learningRate}
          </caption>
          <thead>
            <tr>
              <th scope="col">Optimizer</th>
              <th scope="col">Final loss</th>
              <th scope="col">Final position (x, y)</th>
            </tr>
          </thead>
          <tbody>
            {paths.map((p) => {
              const end = p.points[p.points.length - 1];
              return (
                <tr key={p.name}>
                  <td>{NAMES[p.name]}</td>
                  <td>{formatError(p.finalLoss)}</td>
                  <td>
                    ({end?.x.toFixed(2)}, {end?.y.toFixed(2)})
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      }
    >
      <div ref={ref}>
        <ChartSvg
          width={width}
          height={height}
          label={`Three optimizer paths from (${START.x}, ${START.y}) toward the valley's lowest point at (0, 0), learning rate ${learningRate}.`}
        >
          <defs>
            <clipPath id={clipId}>
              <rect
                x={MARGIN.left}
                y={MARGIN.top}
                width={width - MARGIN.left - MARGIN.right}
                height={height - MARGIN.top - MARGIN.bottom}
              />
            </clipPath>
          </defs>
          <Axis
            scale={x}
            orient="bottom"
            at={height - MARGIN.bottom}
            ticks={6}
            label="Weight x (shallow direction)"
          />
          <Axis scale={y} orient="left" at={MARGIN.left} ticks={5} label="Weight y (steep)" />
          <g clipPath={`url(#${clipId})`}>
            {LEVELS.map((level) => (
              <path
                key={level}
                d={linePath(
                  levelSet(level),
                  (p) => x(p.x),
                  (p) => y(p.y),
                )}
                style={{ fill: 'none', stroke: 'var(--border)', strokeWidth: 1.5 }}
              />
            ))}
            {paths.map((p) => (
              <path
                key={p.name}
                d={linePath(
                  p.points,
                  (q) => x(q.x),
                  (q) => y(q.y),
                )}
                style={lineStyle(STYLES[p.name])}
              />
            ))}
          </g>
          <path
            d={`M${x(START.x) - 6},${y(START.y) - 6}L${x(START.x) + 6},${y(START.y) + 6}M${x(START.x) - 6},${y(START.y) + 6}L${x(START.x) + 6},${y(START.y) - 6}`}
            style={{ stroke: 'var(--text)', strokeWidth: 2 }}
          />
          <circle cx={x(0)} cy={y(0)} r={4} style={{ fill: 'var(--text)' }} />
        </ChartSvg>
        <Legend items={paths.map((p) => ({ label: NAMES[p.name], style: STYLES[p.name] }))} />
      </div>
    </FigureFrame>
  );
}
