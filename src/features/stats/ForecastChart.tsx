// Cards falling due on each of the next 30 study days as bars with a count axis. It is drawn at the width of its box,
// so all 30 days fit a 390 px phone without scrolling and the labels stay readable.
import { scaleBand, scaleLinear } from 'd3-scale';
import type { DayCount } from '../../engine/stats';
import { Axis } from '../../ui/charts/Axis';
import { ChartSvg, plotArea } from '../../ui/charts/ChartSvg';
import { FigureFrame } from '../../ui/charts/FigureFrame';
import { useChartWidth } from '../../ui/charts/useChartWidth';
import { longDate, shortDate } from './dates';

export const FORECAST_HEIGHT = 220;
const MARGIN = { top: 28, right: 12, bottom: 28, left: 36 };

export function ForecastChart({ days }: { days: readonly DayCount[] }) {
  const [box, width] = useChartWidth();
  const plot = plotArea(width, FORECAST_HEIGHT, MARGIN);
  const max = Math.max(1, ...days.map((d) => d.count));
  const total = days.reduce((n, d) => n + d.count, 0);
  const x = scaleBand<string>()
    .domain(days.map((d) => d.date))
    .range([0, plot.width])
    .paddingInner(0.25);
  const y = scaleLinear().domain([0, max]).nice(4).range([plot.height, 0]);
  // Cards come whole: no tick at 0.5.
  const yTicks = y.ticks(4).filter(Number.isInteger);
  // A label a week apart (today, then the same weekday each week), or two weeks when a week is under 60 px.
  const every = x.step() * 7 >= 60 ? 7 : 14;
  const xTicks = days.filter((_, i) => i % every === 0).map((d) => d.date);
  const label = `Forecast: ${total} ${total === 1 ? 'card falls' : 'cards fall'} due in the next ${days.length} days, ${days[0]?.count ?? 0} of them today (with any overdue).`;

  return (
    <FigureFrame
      caption={`Cards falling due on each of the next ${days.length} study days; today's bar includes any overdue.`}
      source="Computed in your browser from each card's FSRS due date."
      alternativeLabel="The forecast as a table"
      alternative={
        <table>
          <caption>Cards due per day</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Cards due</th>
            </tr>
          </thead>
          <tbody>
            {days.map((d, i) => (
              <tr key={d.date}>
                <td>{i === 0 ? `Today, ${longDate(d.date)} (with overdue)` : longDate(d.date)}</td>
                <td>{d.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <div ref={box}>
        <ChartSvg width={width} height={FORECAST_HEIGHT} label={label}>
          <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
            <Axis
              scale={y}
              orient="left"
              at={0}
              tickValues={yTicks}
              format={String}
              grid={plot.width}
              label="Cards due"
            />
            {days.map((d) => {
              const top = y(d.count);
              return (
                <rect
                  key={d.date}
                  className="chart-bar"
                  x={x(d.date)}
                  y={top}
                  width={x.bandwidth()}
                  height={plot.height - top}
                >
                  <title>{`${longDate(d.date)}: ${d.count} due`}</title>
                </rect>
              );
            })}
            <Axis
              scale={x}
              orient="bottom"
              at={plot.height}
              tickValues={xTicks}
              format={(date, i) => (i === 0 ? 'Today' : shortDate(date))}
            />
          </g>
        </ChartSvg>
      </div>
    </FigureFrame>
  );
}
