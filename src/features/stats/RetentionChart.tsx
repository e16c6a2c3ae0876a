// True retention per week against the learner's desired retention: a line over the weeks, the target as a dashed
// line, and the band within which the page calls retention "on target".
import { scaleBand, scaleLinear } from 'd3-scale';
import { RETENTION_TOLERANCE, type WeekRetention } from '../../engine/stats';
import { Axis } from '../../ui/charts/Axis';
import { ChartSvg, plotArea } from '../../ui/charts/ChartSvg';
import { FigureFrame } from '../../ui/charts/FigureFrame';
import { linePath } from '../../ui/charts/shapes';
import { useChartWidth } from '../../ui/charts/useChartWidth';
import { longDate, pct, pctPrecise, shortDate } from './dates';

export const RETENTION_HEIGHT = 240;
const MARGIN = { top: 28, right: 16, bottom: 28, left: 44 };

export function RetentionChart({ weeks, target }: { weeks: readonly WeekRetention[]; target: number }) {
  const [box, width] = useChartWidth();
  const plot = plotArea(width, RETENTION_HEIGHT, MARGIN);
  const rates = weeks.flatMap((w) => (w.rate === undefined ? [] : [w.rate]));
  // From a round ten below the lowest week (or the target band), to 100%: a drop is visible, not flattened at 0.
  const low = Math.max(0, Math.floor((Math.min(target - RETENTION_TOLERANCE, ...rates) - 0.05) * 10) / 10);
  const x = scaleBand<string>()
    .domain(weeks.map((w) => w.start))
    .range([0, plot.width])
    .paddingInner(0.2);
  const y = scaleLinear().domain([low, 1]).range([plot.height, 0]);
  const mid = (w: WeekRetention) => (x(w.start) ?? 0) + x.bandwidth() / 2;
  const measured = weeks.filter((w) => w.rate !== undefined);
  // As many week labels as fit (a date label needs about 60 px), counted back from the current week.
  const every = Math.max(1, Math.ceil(60 / x.step()));
  const xTicks = weeks.filter((_, i) => (weeks.length - 1 - i) % every === 0).map((w) => w.start);
  const latest = measured.at(-1);
  const label =
    measured.length === 0
      ? `True retention per week: no reviews of cards in the review state in the last ${weeks.length} weeks.`
      : `True retention per week over the last ${weeks.length} weeks against your target of ${pct(target)}; the latest measured week, of ${shortDate(latest?.start ?? '')}, had ${pctPrecise(latest?.rate ?? 0)}.`;

  return (
    <FigureFrame
      caption={`True retention per week: the share of your reviews of cards in the review state not graded Again, against your desired retention of ${pct(target)} (dashed; shaded within ${RETENTION_TOLERANCE * 100} points of it).`}
      source="Computed in your browser from your review log."
      alternativeLabel="Retention per week as a table"
      alternative={
        <table>
          <caption>Retention per week</caption>
          <thead>
            <tr>
              <th scope="col">Week of</th>
              <th scope="col">Reviews</th>
              <th scope="col">Not Again</th>
              <th scope="col">Retention</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => (
              <tr key={w.start}>
                <td>{longDate(w.start)}</td>
                <td>{w.reviews}</td>
                <td>{w.passed}</td>
                <td>{w.rate === undefined ? '–' : pctPrecise(w.rate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <div ref={box}>
        <ChartSvg width={width} height={RETENTION_HEIGHT} label={label}>
          <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
            <rect
              className="chart-band"
              x={0}
              width={plot.width}
              y={y(Math.min(1, target + RETENTION_TOLERANCE))}
              height={y(target - RETENTION_TOLERANCE) - y(Math.min(1, target + RETENTION_TOLERANCE))}
            />
            <Axis
              scale={y}
              orient="left"
              at={0}
              ticks={4}
              format={(v) => pct(v)}
              grid={plot.width}
              label="Retention"
            />
            <line className="chart-target" x1={0} x2={plot.width} y1={y(target)} y2={y(target)} />
            <text className="chart-note" x={plot.width} y={y(target) - 6} textAnchor="end">
              Target {pct(target)}
            </text>
            <path
              className="chart-line"
              d={linePath(weeks, mid, (w) => y(w.rate ?? 0), { defined: (w) => w.rate !== undefined })}
            />
            {measured.map((w) => (
              <circle key={w.start} className="chart-dot" cx={mid(w)} cy={y(w.rate ?? 0)} r={4}>
                <title>{`Week of ${longDate(w.start)}: ${pctPrecise(w.rate ?? 0)} of ${w.reviews}`}</title>
              </circle>
            ))}
            <Axis scale={x} orient="bottom" at={plot.height} tickValues={xTicks} format={shortDate} />
          </g>
        </ChartSvg>
      </div>
    </FigureFrame>
  );
}
