// A legend under a live chart: a short sample of each line (colour and dash) beside its name.
import { lineStyle, type SeriesStyle } from './series';

export function Legend({ items }: { items: readonly { label: string; style: SeriesStyle }[] }) {
  return (
    <ul
      className="figure-legend"
      style={{
        display: 'flex',
        flexWrap: 'wrap',
        gap: '0.25rem 1rem',
        listStyle: 'none',
        padding: 0,
        margin: '0.5rem 0 0',
      }}
    >
      {items.map(({ label, style }) => (
        <li key={label} style={{ display: 'flex', alignItems: 'center', gap: '0.4rem' }}>
          <svg width="32" height="10" aria-hidden="true" focusable="false">
            <line x1="2" y1="5" x2="30" y2="5" style={lineStyle(style)} />
          </svg>
          {label}
        </li>
      ))}
    </ul>
  );
}
