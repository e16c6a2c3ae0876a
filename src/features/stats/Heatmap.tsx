// Reviews per day for a year as a calendar heatmap (hand-made SVG), with a table of monthly totals for screen readers.
import type { DayCount } from '../../engine/stats';

const CELL = 11;
const GAP = 2;

function level(count: number, max: number): number {
  if (count === 0) return 0;
  return Math.min(4, Math.ceil((count / Math.max(1, max)) * 4));
}

export function Heatmap({ days }: { days: readonly DayCount[] }) {
  const max = Math.max(0, ...days.map((d) => d.count));
  const total = days.reduce((n, d) => n + d.count, 0);
  const active = days.filter((d) => d.count > 0).length;
  // Columns are weeks; the first column starts on the weekday of the first day.
  const firstWeekday = days[0] ? new Date(`${days[0].date}T12:00:00`).getDay() : 0;
  const weeks = Math.ceil((days.length + firstWeekday) / 7);
  const months = new Map<string, number>();
  for (const d of days) months.set(d.date.slice(0, 7), (months.get(d.date.slice(0, 7)) ?? 0) + d.count);
  const summary = `${total} reviews on ${active} of the last ${days.length} days; the busiest day had ${max}.`;

  return (
    <figure className="heatmap">
      <div className="heatmap-scroll">
        <svg
          role="img"
          aria-label={`Reviews per day: ${summary}`}
          width={weeks * (CELL + GAP)}
          height={7 * (CELL + GAP)}
          viewBox={`0 0 ${weeks * (CELL + GAP)} ${7 * (CELL + GAP)}`}
        >
          {days.map((d, i) => {
            const slot = i + firstWeekday;
            return (
              <rect
                key={d.date}
                x={Math.floor(slot / 7) * (CELL + GAP)}
                y={(slot % 7) * (CELL + GAP)}
                width={CELL}
                height={CELL}
                rx={2}
                className={`heat-${level(d.count, max)}`}
              >
                <title>{`${d.date}: ${d.count} ${d.count === 1 ? 'review' : 'reviews'}`}</title>
              </rect>
            );
          })}
        </svg>
      </div>
      <figcaption className="muted">{summary}</figcaption>
      <table className="visually-hidden">
        <caption>Reviews per month</caption>
        <thead>
          <tr>
            <th scope="col">Month</th>
            <th scope="col">Reviews</th>
          </tr>
        </thead>
        <tbody>
          {[...months].map(([month, count]) => (
            <tr key={month}>
              <td>{month}</td>
              <td>{count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
