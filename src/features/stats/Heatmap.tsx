// Reviews per day for a year as a calendar: one column per week (Monday at the top), month names above, weekday names
// beside. On a phone the year is wider than the screen: it opens scrolled to today, and the weekday names stay put.
import { useLayoutEffect, useRef } from 'react';
import { type DayCount, heatmapLayout } from '../../engine/stats';
import { FigureFrame } from '../../ui/charts/FigureFrame';
import { longDate, monthAndYear, monthName } from './dates';

const CELL = 11;
const STEP = 13;
/** Room above the grid for the month names. */
const TOP = 18;
const HEIGHT = TOP + 7 * STEP;
const WEEKDAYS = ['Mon', '', 'Wed', '', 'Fri', '', ''];

function level(count: number, max: number): number {
  if (count === 0) return 0;
  return Math.min(4, Math.ceil((count / Math.max(1, max)) * 4));
}

export function Heatmap({ days }: { days: readonly DayCount[] }) {
  const { weeks, months } = heatmapLayout(days);
  const max = Math.max(0, ...days.map((d) => d.count));
  const total = days.reduce((n, d) => n + d.count, 0);
  const active = days.filter((d) => d.count > 0).length;
  const perMonth = new Map<string, number>();
  for (const d of days) perMonth.set(d.date.slice(0, 7), (perMonth.get(d.date.slice(0, 7)) ?? 0) + d.count);
  const summary = `${total} ${total === 1 ? 'review' : 'reviews'} on ${active} of the last ${days.length} days; the busiest day had ${max}.`;
  const width = weeks.length * STEP;

  // Today is the rightmost column: show it first, not the oldest (and emptiest) weeks.
  const scroller = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = scroller.current;
    if (el) el.scrollLeft = el.scrollWidth;
  }, []);

  return (
    <FigureFrame
      caption={`Reviews per study day over the last year, darker for more: ${summary}`}
      source="Counted in your browser from your review log."
      alternativeLabel="Reviews per month as a table"
      alternative={
        <table>
          <caption>Reviews per month</caption>
          <thead>
            <tr>
              <th scope="col">Month</th>
              <th scope="col">Reviews</th>
            </tr>
          </thead>
          <tbody>
            {[...perMonth].map(([month, count]) => (
              <tr key={month}>
                <td>{monthAndYear(month)}</td>
                <td>{count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <div className="heatmap">
        <svg className="heatmap-weekdays" style={{ width: 30, height: HEIGHT }} aria-hidden="true">
          {WEEKDAYS.map((name, i) =>
            name ? (
              <text key={name} x={0} y={TOP + i * STEP + CELL - 1}>
                {name}
              </text>
            ) : null,
          )}
        </svg>
        <div
          className="heatmap-scroll"
          ref={scroller}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolled region must take focus so keys can scroll it (WCAG 2.1.1)
          tabIndex={0}
          role="region"
          aria-label="Reviews per day, by week"
        >
          <svg
            className="heatmap-grid"
            style={{ width, height: HEIGHT }}
            viewBox={`0 0 ${width} ${HEIGHT}`}
            role="img"
            aria-label={`Reviews per day: ${summary}`}
          >
            {months.map((m) => (
              <text key={m.month} className="heatmap-month" x={m.week * STEP} y={12}>
                {monthName(m.month)}
              </text>
            ))}
            {weeks.map((week, w) =>
              week.map((d, i) =>
                d ? (
                  <rect
                    key={d.date}
                    x={w * STEP}
                    y={TOP + i * STEP}
                    width={CELL}
                    height={CELL}
                    rx={2}
                    className={`heat-${level(d.count, max)}`}
                  >
                    <title>{`${longDate(d.date)}: ${d.count} ${d.count === 1 ? 'review' : 'reviews'}`}</title>
                  </rect>
                ) : null,
              ),
            )}
          </svg>
        </div>
      </div>
      <p className="heatmap-legend" aria-hidden="true">
        Fewer
        {[0, 1, 2, 3, 4].map((l) => (
          <span key={l} className={`heat-swatch swatch-${l}`} />
        ))}
        More
      </p>
    </FigureFrame>
  );
}
