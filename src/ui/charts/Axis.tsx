// A bottom or left axis drawn from a d3 scale as React SVG (no d3-selection: React owns the DOM, and the markup is
// the same on the server as in the browser). Inside the chart's role="img" svg its text is not read out one tick at a
// time: the figure's table carries the numbers. Colours come from CSS classes in styles/charts.css, so both themes work.

/** What the axis needs of a scale: d3's linear, time and band scales all fit. */
export interface AxisScale<D> {
  (value: D): number | undefined;
  domain(): D[];
  range(): number[];
  ticks?(count?: number): D[];
  tickFormat?(count?: number): (d: D) => string;
  bandwidth?(): number;
}

interface Props<D> {
  scale: AxisScale<D>;
  orient: 'bottom' | 'left';
  /** Where the axis line sits: the y of a bottom axis, the x of a left axis. */
  at: number;
  /** How many ticks to ask a continuous scale for (d3 rounds to nice values). */
  ticks?: number;
  /** Ticks to draw instead of the scale's own (a band scale's domain can be too many to label on a phone). */
  tickValues?: readonly D[];
  format?: (value: D, index: number) => string;
  /** Says what the axis measures, with its unit ("Cards due"). */
  label?: string;
  /** Draws a faint line across the plot from each tick: the plot's height (bottom axis) or width (left axis). */
  grid?: number;
}

const TICK = 5;
const FONT = 12;

export function Axis<D>({ scale, orient, at, ticks = 5, tickValues, format, label, grid }: Props<D>) {
  const values = tickValues ?? scale.ticks?.(ticks) ?? scale.domain();
  const text: (value: D, index: number) => string = format ?? scale.tickFormat?.(ticks) ?? String;
  // A band's tick sits at its middle, as d3-axis does.
  const offset = (scale.bandwidth?.() ?? 0) / 2;
  const [r0 = 0, r1 = 0] = scale.range();
  const [start, end] = r0 < r1 ? [r0, r1] : [r1, r0];
  const bottom = orient === 'bottom';

  return (
    <g className="chart-axis" transform={bottom ? `translate(0,${at})` : `translate(${at},0)`}>
      {values.map((d, i) => {
        const p = (scale(d) ?? Number.NaN) + offset;
        if (!Number.isFinite(p)) return null;
        return (
          <g
            key={`${String(d)}-${i}`}
            className="chart-tick"
            transform={bottom ? `translate(${p},0)` : `translate(0,${p})`}
          >
            {grid ? <line className="chart-grid" {...(bottom ? { y2: -grid } : { x2: grid })} /> : null}
            <line {...(bottom ? { y2: TICK } : { x2: -TICK })} />
            <text
              {...(bottom
                ? { y: TICK + 3, dy: '0.71em', textAnchor: 'middle' }
                : { x: -TICK - 3, dy: '0.32em', textAnchor: 'end' })}
            >
              {text(d, i)}
            </text>
          </g>
        );
      })}
      <line className="chart-domain" {...(bottom ? { x1: start, x2: end } : { y1: start, y2: end })} />
      {label ? (
        // A bottom label sits under the tick labels; a left one above the axis, read horizontally (a rotated label
        // is hard to read on a phone).
        <text
          className="chart-label"
          {...(bottom
            ? { x: (start + end) / 2, y: TICK + FONT + 22, textAnchor: 'middle' }
            : { x: 0, y: start - 12, textAnchor: 'start' })}
        >
          {label}
        </text>
      ) : null}
    </g>
  );
}
