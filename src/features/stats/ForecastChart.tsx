// Cards falling due in each of the next 30 days: SVG bars, with the same figures as a table.
import type { DayCount } from '../../engine/stats';

const BAR = 14;
const GAP = 4;
const HEIGHT = 100;

export function ForecastChart({ days }: { days: readonly DayCount[] }) {
  const max = Math.max(1, ...days.map((d) => d.count));
  const total = days.reduce((n, d) => n + d.count, 0);
  return (
    <figure className="forecast">
      <div className="heatmap-scroll">
        <svg
          role="img"
          aria-label={`Forecast: ${total} cards fall due in the next ${days.length} days, ${days[0]?.count ?? 0} of them today.`}
          width={days.length * (BAR + GAP)}
          height={HEIGHT + 16}
          viewBox={`0 0 ${days.length * (BAR + GAP)} ${HEIGHT + 16}`}
        >
          {days.map((d, i) => {
            const h = Math.round((d.count / max) * HEIGHT);
            return (
              <g key={d.date}>
                <rect
                  x={i * (BAR + GAP)}
                  y={HEIGHT - h}
                  width={BAR}
                  height={Math.max(h, 1)}
                  rx={2}
                  className="bar"
                >
                  <title>{`${d.date}: ${d.count} due`}</title>
                </rect>
                {i % 7 === 0 && (
                  <text x={i * (BAR + GAP)} y={HEIGHT + 13} className="axis">
                    {i === 0 ? 'today' : `+${i}d`}
                  </text>
                )}
              </g>
            );
          })}
        </svg>
      </div>
      <details>
        <summary>Forecast as a table</summary>
        <table className="data">
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Cards due</th>
            </tr>
          </thead>
          <tbody>
            {days.map((d, i) => (
              <tr key={d.date}>
                <td>{i === 0 ? `${d.date} (today, with overdue)` : d.date}</td>
                <td>{d.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
