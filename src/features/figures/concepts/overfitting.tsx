// Overfitting, computed live: a polynomial whose degree (its capacity) a slider sets, fitted by least squares to twelve
// noisy points. Train error only falls as the degree rises; test error falls, then climbs as the curve chases noise.
import { scaleLinear } from 'd3-scale';
import { useId, useMemo, useState } from 'react';
import { polynomialFit } from '../../../lab/polynomial-fit';
import { truth } from '../../../lab/random-features';
import { Axis } from '../../../ui/charts/Axis';
import { ChartSvg, type Margin } from '../../../ui/charts/ChartSvg';
import { FigureFrame } from '../../../ui/charts/FigureFrame';
import { linePath } from '../../../ui/charts/shapes';
import { useChartWidth } from '../../../ui/charts/useChartWidth';
import { ErrorChart } from '../live/ErrorChart';
import { formatError } from '../live/format';
import { Legend } from '../live/Legend';
import { LiveSlider } from '../live/LiveSlider';
import { lineStyle, TEST_LINE, TRUTH_LINE } from '../live/series';

const SEED = 12;
const MAX_DEGREE = 11; // twelve points: degree 11 passes through every one
const MARGIN: Margin = { top: 20, right: 20, bottom: 44, left: 44 };
const DEGREES = Array.from({ length: MAX_DEGREE + 1 }, (_, d) => d);
const TRUTH = Array.from({ length: 81 }, (_, i) => -1 + i / 40);

export default function OverfittingFigure() {
  const [degree, setDegree] = useState(3);
  const [ref, width] = useChartWidth();
  const clipId = useId();
  const fit = useMemo(() => polynomialFit({ degree, seed: SEED }), [degree]);
  const byDegree = useMemo(() => DEGREES.map((d) => polynomialFit({ degree: d, seed: SEED })), []);
  const height = Math.round(Math.min(320, Math.max(240, width * 0.5)));
  const x = scaleLinear()
    .domain([-1, 1])
    .range([MARGIN.left, width - MARGIN.right]);
  const y = scaleLinear()
    .domain([-2, 2])
    .range([height - MARGIN.bottom, MARGIN.top]);

  return (
    <FigureFrame
      caption={
        <>
          A polynomial of degree {degree} fitted to 12 noisy points: train error {formatError(fit.trainError)}
          , test error {formatError(fit.testError)}. Raising the degree (the model&rsquo;s capacity) always
          lowers train error, but past a few degrees test error climbs as the curve bends to fit the noise.
        </>
      }
      source={
        <>
          Computed in your browser: least-squares polynomial fits to points of sin(πx) plus Gaussian noise (σ
          = 0.25); test error is the mean squared distance from the noise-free curve over [−1, 1].
        </>
      }
      controls={
        <LiveSlider
          label="Polynomial degree"
          min={0}
          max={MAX_DEGREE}
          step={1}
          value={degree}
          valueText={`degree ${degree}`}
          onChange={setDegree}
        />
      }
      alternative={
        <table>
          <caption>Train and test error by polynomial degree</caption>
          <thead>
            <tr>
              <th scope="col">Degree</th>
              <th scope="col">Train error</th>
              <th scope="col">Test error</th>
            </tr>
          </thead>
          <tbody>
            {byDegree.map((f, d) => (
              <tr key={DEGREES[d]}>
                <td>{d}</td>
                <td>{formatError(f.trainError)}</td>
                <td>{formatError(f.testError)}</td>
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
          label={`The degree-${degree} polynomial through 12 noisy points, against the true curve: train error ${formatError(fit.trainError)}, test error ${formatError(fit.testError)}.`}
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
          <Axis scale={x} orient="bottom" at={height - MARGIN.bottom} ticks={5} label="Input x" />
          <Axis scale={y} orient="left" at={MARGIN.left} ticks={5} label="Output y" />
          <g clipPath={`url(#${clipId})`}>
            <path
              d={linePath(
                TRUTH,
                (v) => x(v),
                (v) => y(truth(v)),
              )}
              style={lineStyle(TRUTH_LINE)}
            />
            <path
              d={linePath(
                fit.curve,
                (p) => x(p.x),
                (p) => y(p.y),
              )}
              style={lineStyle(TEST_LINE)}
            />
          </g>
          {fit.training.map((p) => (
            <circle
              key={p.x}
              cx={x(p.x)}
              cy={y(p.y)}
              r={4.5}
              style={{ fill: 'var(--surface)', stroke: 'var(--text)', strokeWidth: 2 }}
            />
          ))}
        </ChartSvg>
        <Legend
          items={[
            { label: `Fitted polynomial (degree ${degree})`, style: TEST_LINE },
            { label: 'True curve, sin(πx)', style: TRUTH_LINE },
          ]}
        />
      </div>
      <ErrorChart
        points={byDegree.map((f, d) => ({ x: d, train: f.trainError, test: f.testError }))}
        summary={`Train error falls with every degree; test error is lowest at degree ${lowestTestDegree(byDegree)} and largest at degree ${MAX_DEGREE}.`}
        xLabel="Polynomial degree (capacity)"
        yLabel="Mean squared error (log scale)"
        xDomain={[0, MAX_DEGREE]}
        yLog={{ floor: 1e-3 }}
        markers={[{ x: degree, label: `Degree ${degree}` }]}
      />
    </FigureFrame>
  );
}

function lowestTestDegree(fits: readonly { testError: number }[]): number {
  return fits.reduce(
    (best, f, d) => (f.testError < (fits[best]?.testError ?? Number.POSITIVE_INFINITY) ? d : best),
    0,
  );
}
