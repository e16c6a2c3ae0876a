// Kaplan et al.'s power law of test loss against model size, drawn on log–log axes from the paper's constants, with a
// slider that reads the loss off the curve at any size in the plotted range.
import { scaleLog } from 'd3-scale';
import { useId, useState } from 'react';
import { Axis } from '../../../ui/charts/Axis';
import { ChartSvg, type Margin } from '../../../ui/charts/ChartSvg';
import { FigureFrame } from '../../../ui/charts/FigureFrame';
import { linePath } from '../../../ui/charts/shapes';
import { steady } from '../../../ui/charts/steady';
import { useChartWidth } from '../../../ui/charts/useChartWidth';
import { KAPLAN_ALPHA_N, KAPLAN_N_C, KAPLAN_PLOT_RANGE, kaplanLoss } from '../data/kaplan-2020';
import { countInWords, powerOfTen } from '../static/format-count';
import { formatNumber } from '../static/format-number';

const MARGIN: Margin = { top: 34, right: 18, bottom: 48, left: 40 };
const [LOW, HIGH] = KAPLAN_PLOT_RANGE;
const LOW_EXP = Math.log10(LOW);
const HIGH_EXP = Math.log10(HIGH);
/** The curve is sampled every tenth of a decade: smooth at any width, and a straight line anyway on these axes. */
const CURVE = Array.from({ length: (HIGH_EXP - LOW_EXP) * 10 + 1 }, (_, i) => 10 ** (LOW_EXP + i / 10));
const DECADES = Array.from({ length: HIGH_EXP - LOW_EXP + 1 }, (_, i) => 10 ** (LOW_EXP + i));
const LOSS_TICKS = [2.5, 3, 4, 5, 6, 7];
/** N_c as the paper writes it: 8.8 × 10^13. */
const [N_C_MANTISSA, N_C_EXPONENT] = KAPLAN_N_C.toExponential(1).split('e+');

export default function BiggerIsBetterFigure() {
  const [ref, width] = useChartWidth();
  const [exponent, setExponent] = useState(6);
  const sliderId = useId();
  const height = Math.round(Math.min(360, Math.max(260, width * 0.6)));
  const x = scaleLog()
    .domain([LOW, HIGH])
    .range([MARGIN.left, width - MARGIN.right])
    .interpolate(steady);
  const y = scaleLog()
    .domain([kaplanLoss(HIGH) * 0.95, kaplanLoss(LOW) * 1.05])
    .range([height - MARGIN.bottom, MARGIN.top])
    .interpolate(steady);
  const chosen = 10 ** exponent;
  const chosenLoss = kaplanLoss(chosen);
  const narrow = width < 480;

  const controls = (
    <div className="figure-range">
      <label htmlFor={sliderId}>Model size (non-embedding parameters)</label>
      <input
        id={sliderId}
        type="range"
        min={LOW_EXP}
        max={HIGH_EXP}
        step={0.1}
        value={exponent}
        aria-valuetext={`${countInWords(chosen)} parameters`}
        onChange={(e) => setExponent(Number(e.target.value))}
      />
      <p role="status" className="figure-step">
        At {countInWords(chosen)} parameters the law predicts a test loss of {formatNumber(chosenLoss, 2)}{' '}
        nats per token.
      </p>
    </div>
  );

  return (
    <FigureFrame
      caption={
        <>
          Bigger language models reach lower test loss, along a straight line on log–log axes: L(N) = (N
          <sub>c</sub>/N)
          <sup>α</sup>, with α = {KAPLAN_ALPHA_N} and N<sub>c</sub> = {N_C_MANTISSA} × 10
          <sup>{N_C_EXPONENT}</sup>. Each tenfold increase in size lowers the loss by the same factor,{' '}
          {formatNumber(10 ** -KAPLAN_ALPHA_N, 3)}.
        </>
      }
      source={
        <>
          Kaplan et al. (2020), &ldquo;Scaling Laws for Neural Language Models&rdquo;, arXiv:2001.08361,
          Section 1.2, Equation 1.1 (models trained on enough data, N counting non-embedding parameters);
          curve computed in your browser from those constants.
        </>
      }
      controls={controls}
      alternative={
        <table>
          <caption>Predicted test loss at each power of ten</caption>
          <thead>
            <tr>
              <th scope="col">Non-embedding parameters</th>
              <th scope="col">Test loss (nats per token)</th>
            </tr>
          </thead>
          <tbody>
            {DECADES.map((n) => (
              <tr key={n}>
                <td>
                  {powerOfTen(n)} ({countInWords(n)})
                </td>
                <td>{formatNumber(kaplanLoss(n), 2)}</td>
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
          label={`Test loss falls from ${formatNumber(kaplanLoss(LOW), 2)} at ${countInWords(LOW)} parameters to ${formatNumber(kaplanLoss(HIGH), 2)} at ${countInWords(HIGH)}, a straight line on log–log axes.`}
        >
          <Axis
            scale={x}
            orient="bottom"
            at={height - MARGIN.bottom}
            tickValues={narrow ? DECADES.filter((_, i) => i % 2 === 0) : DECADES}
            format={powerOfTen}
            label="Non-embedding parameters (log scale)"
            grid={height - MARGIN.top - MARGIN.bottom}
          />
          <Axis
            scale={y}
            orient="left"
            at={MARGIN.left}
            tickValues={LOSS_TICKS}
            format={(v) => String(v)}
            label="Test loss, nats (log scale)"
            grid={width - MARGIN.left - MARGIN.right}
          />
          <path
            className="chart-line"
            d={linePath(
              CURVE,
              (n) => x(n),
              (n) => y(kaplanLoss(n)),
            )}
          />
          <circle className="chart-dot" cx={x(chosen)} cy={y(chosenLoss)} r={6} />
        </ChartSvg>
      </div>
    </FigureFrame>
  );
}
