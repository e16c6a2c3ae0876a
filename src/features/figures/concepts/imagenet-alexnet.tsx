// ILSVRC-2012: AlexNet's top-5 test error against the second-best entry's, as two bars on a shared 0–30% axis.
import { scaleLinear } from 'd3-scale';
import { Axis } from '../../../ui/charts/Axis';
import { ChartSvg, type Margin } from '../../../ui/charts/ChartSvg';
import { FigureFrame } from '../../../ui/charts/FigureFrame';
import { useChartWidth } from '../../../ui/charts/useChartWidth';
import { ILSVRC_2012_TOP5 } from '../data/alexnet-2012';
import { formatNumber } from '../static/format-number';

const MARGIN: Margin = { top: 10, right: 56, bottom: 48, left: 10 };
/** Each entry: its name on one line, its bar under it. */
const ROW = 58;
const BAR = 24;

export default function ImagenetAlexnetFigure() {
  const [ref, width] = useChartWidth();
  const height = MARGIN.top + ROW * ILSVRC_2012_TOP5.length + MARGIN.bottom;
  const x = scaleLinear()
    .domain([0, 30])
    .range([MARGIN.left, width - MARGIN.right]);
  const [winner, runnerUp] = ILSVRC_2012_TOP5;
  const gap = winner && runnerUp ? runnerUp.top5Error - winner.top5Error : 0;

  return (
    <FigureFrame
      caption={
        <>
          ImageNet 2012 (ILSVRC-2012): AlexNet&rsquo;s top-5 error on the test set was {winner?.top5Error}%,
          against {runnerUp?.top5Error}% for the second-best entry, {formatNumber(gap, 1)} percentage points
          lower. Top-5 error counts an image as wrong when the true class is not among the network&rsquo;s
          five best guesses.
        </>
      }
      source={
        <>
          Krizhevsky, Sutskever &amp; Hinton (2012), &ldquo;ImageNet Classification with Deep Convolutional
          Neural Networks&rdquo;, NeurIPS 25, abstract.
        </>
      }
      alternative={
        <table>
          <caption>ILSVRC-2012 top-5 test error</caption>
          <thead>
            <tr>
              <th scope="col">Entry</th>
              <th scope="col">Top-5 error</th>
            </tr>
          </thead>
          <tbody>
            {ILSVRC_2012_TOP5.map((e) => (
              <tr key={e.entry}>
                <th scope="row">{e.entry}</th>
                <td>{e.top5Error}%</td>
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
          label={`Bar chart: AlexNet ${winner?.top5Error}% top-5 error, second-best entry ${runnerUp?.top5Error}%.`}
        >
          <Axis
            scale={x}
            orient="bottom"
            at={height - MARGIN.bottom}
            ticks={6}
            format={(v) => `${v}%`}
            label="Top-5 test error (lower is better)"
            grid={height - MARGIN.top - MARGIN.bottom}
          />
          {ILSVRC_2012_TOP5.map((e, i) => {
            const top = MARGIN.top + ROW * i;
            const barTop = top + 22;
            return (
              <g key={e.entry}>
                <text className="fig-label" x={MARGIN.left} y={top + 12}>
                  {e.entry}
                </text>
                <rect
                  className={i === 0 ? 'fig-mark' : 'fig-mark-quiet'}
                  x={x(0)}
                  y={barTop}
                  width={x(e.top5Error) - x(0)}
                  height={BAR}
                  rx={3}
                />
                <text className="fig-label" x={x(e.top5Error) + 6} y={barTop + BAR / 2} dy="0.35em">
                  {e.top5Error}%
                </text>
              </g>
            );
          })}
        </ChartSvg>
      </div>
    </FigureFrame>
  );
}
