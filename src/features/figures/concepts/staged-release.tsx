// GPT-2's staged release through 2019: each model size against the month it was published, sizes on a log axis.
import { scaleLinear, scaleLog } from 'd3-scale';
import { curveStepAfter } from 'd3-shape';
import { Axis } from '../../../ui/charts/Axis';
import { ChartSvg, type Margin } from '../../../ui/charts/ChartSvg';
import { FigureFrame } from '../../../ui/charts/FigureFrame';
import { linePath } from '../../../ui/charts/shapes';
import { steady } from '../../../ui/charts/steady';
import { useChartWidth } from '../../../ui/charts/useChartWidth';
import { GPT2_RELEASES, type ReleaseStage } from '../data/gpt2-release-2019';
import { countInWords } from '../static/format-count';
import { MONTH_NAMES, releaseDate } from '../static/release-date';

const MARGIN: Margin = { top: 34, right: 24, bottom: 48, left: 48 };
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const SIZE_TICKS = [1e8, 2e8, 5e8, 1e9, 2e9];

/** Every stage sits in the middle of its month, so a stage with no known day is placed like the others. */
const monthMiddle = (stage: ReleaseStage) => stage.month - 0.5;

export default function StagedReleaseFigure() {
  const [ref, width] = useChartWidth();
  const height = Math.round(Math.min(340, Math.max(260, width * 0.55)));
  const x = scaleLinear()
    .domain([0, 12])
    .range([MARGIN.left, width - MARGIN.right]);
  const y = scaleLog()
    .domain([1e8, 2e9])
    .range([height - MARGIN.bottom, MARGIN.top])
    .interpolate(steady);
  const narrow = width < 480;
  const monthTicks = MONTHS.map((_, i) => i + 0.5).filter((_, i) => !narrow || i % 3 === 1);
  // The largest public model holds until the next release, and through to the end of the year after the last.
  const last = GPT2_RELEASES[GPT2_RELEASES.length - 1];
  const steps = last
    ? [...GPT2_RELEASES.map((s) => [monthMiddle(s), s.parameters] as const), [12, last.parameters] as const]
    : [];

  return (
    <FigureFrame
      caption={
        <>
          GPT-2&rsquo;s staged release in 2019: OpenAI published the smallest model in February and larger
          ones in May, August and November, when the full 1.5-billion-parameter model came out. The two
          smaller models were first reported as 117M and 345M.
        </>
      }
      source={
        <>
          Solaiman et al. (2019), &ldquo;Release Strategies and the Social Impacts of Language Models&rdquo;,
          arXiv:1908.09203; OpenAI, &ldquo;GPT-2: 6-Month Follow-Up&rdquo; (20 August 2019) and &ldquo;GPT-2:
          1.5B Release&rdquo; (5 November 2019). Points are placed by month.
        </>
      }
      alternative={
        <table>
          <caption>GPT-2 release stages</caption>
          <thead>
            <tr>
              <th scope="col">Model</th>
              <th scope="col">Parameters</th>
              <th scope="col">Released</th>
            </tr>
          </thead>
          <tbody>
            {GPT2_RELEASES.map((s) => (
              <tr key={s.label}>
                <th scope="row">
                  {s.label}
                  {s.firstReportedAs ? ` (first reported as ${s.firstReportedAs})` : ''}
                </th>
                <td>{countInWords(s.parameters)}</td>
                <td>{releaseDate(s)}</td>
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
          label={`Timeline of 2019: GPT-2 ${GPT2_RELEASES.map((s) => `${s.label} in ${MONTH_NAMES[s.month - 1]}`).join(', ')}.`}
        >
          <Axis
            scale={x}
            orient="bottom"
            at={height - MARGIN.bottom}
            tickValues={monthTicks}
            format={(v) => MONTHS[Math.floor(v)] ?? ''}
            label="Month of 2019"
          />
          <Axis
            scale={y}
            orient="left"
            at={MARGIN.left}
            tickValues={SIZE_TICKS}
            format={(v) => (v >= 1e9 ? `${v / 1e9}B` : `${v / 1e6}M`)}
            label="Largest released model (log scale)"
            grid={width - MARGIN.left - MARGIN.right}
          />
          <path
            className="chart-line"
            d={linePath(
              steps,
              ([m]) => x(m),
              ([, p]) => y(p),
              { curve: curveStepAfter },
            )}
          />
          {GPT2_RELEASES.map((s) => {
            const cx = x(monthMiddle(s));
            const cy = y(s.parameters);
            const rightHalf = cx > width / 2;
            return (
              <g key={s.label}>
                <circle className="chart-dot" cx={cx} cy={cy} r={6} />
                <text
                  className="fig-label fig-strong"
                  x={rightHalf ? cx - 10 : cx + 10}
                  y={cy - 12}
                  textAnchor={rightHalf ? 'end' : 'start'}
                >
                  {s.label}
                </text>
              </g>
            );
          })}
        </ChartSvg>
      </div>
    </FigureFrame>
  );
}
