// Train and test error against one quantity (model size, epochs, degree) for the live figures: two lines with dash
// patterns, optional vertical markers (the interpolation threshold, the early-stopping point), on a measured-width svg.
import { scaleLinear, scaleLog } from 'd3-scale';
import { Axis } from '../../../ui/charts/Axis';
import { ChartSvg, type Margin } from '../../../ui/charts/ChartSvg';
import { linePath } from '../../../ui/charts/shapes';
import { steady } from '../../../ui/charts/steady';
import { useChartWidth } from '../../../ui/charts/useChartWidth';
import { Legend } from './Legend';
import { lineStyle, MARKER_LINE, type SeriesStyle, TEST_LINE, TRAIN_LINE } from './series';

export interface ErrorPoint {
  x: number;
  train: number;
  test: number;
}

interface Marker {
  x: number;
  label: string;
}

interface Props {
  points: readonly ErrorPoint[];
  /** The svg's accessible name: what the curve shows, in a sentence. */
  summary: string;
  xLabel: string;
  yLabel: string;
  xLog?: boolean;
  xDomain: [number, number];
  /** A log error axis: from `floor` (errors below it sit on the floor) to the largest error plotted. */
  yLog?: { floor: number; ceiling?: number };
  /** A linear error axis from 0 to this. */
  yMax?: number;
  markers?: readonly Marker[];
  trainLabel?: string;
  testLabel?: string;
}

const MARGIN: Margin = { top: 34, right: 20, bottom: 48, left: 52 };

export function ErrorChart({
  points,
  summary,
  xLabel,
  yLabel,
  xLog = false,
  xDomain,
  yLog,
  yMax,
  markers = [],
  trainLabel = 'Train error',
  testLabel = 'Test error',
}: Props) {
  const [ref, width] = useChartWidth();
  const height = Math.round(Math.min(340, Math.max(250, width * 0.55)));
  const bottom = height - MARGIN.bottom;
  const x = (xLog ? scaleLog() : scaleLinear())
    .domain(xDomain)
    .range([MARGIN.left, width - MARGIN.right])
    .interpolate(steady);
  const largest = Math.max(...points.map((p) => Math.max(p.train, p.test)));
  const y = yLog
    ? scaleLog()
        .domain([yLog.floor, Math.max(yLog.floor * 10, yLog.ceiling ?? largest)])
        .range([bottom, MARGIN.top])
        .interpolate(steady)
        .clamp(true)
    : scaleLinear()
        .domain([0, yMax ?? largest])
        .range([bottom, MARGIN.top])
        .interpolate(steady)
        .clamp(true)
        .nice();
  const narrow = width < 480;
  const line = (pick: (p: ErrorPoint) => number, style: SeriesStyle) => (
    <path
      d={linePath(
        points,
        (p) => x(p.x),
        (p) => y(Math.max(pick(p), yLog?.floor ?? 0)),
      )}
      style={lineStyle(style)}
    />
  );
  // On a log axis, round numbers spaced evenly enough not to collide: 1, 2, 5, 10… (1, 3, 10, 30… on a phone).
  const [x0, x1] = x.domain() as [number, number];
  const xTicks = xLog
    ? (narrow ? [1, 3, 10, 30, 100, 300, 1000] : [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000]).filter(
        (t) => t >= Math.min(x0, x1) && t <= Math.max(x0, x1),
      )
    : undefined;
  const yTicks = yLog ? y.ticks(narrow ? 3 : 5).filter((t) => Number.isInteger(Math.log10(t))) : undefined;
  return (
    <div ref={ref}>
      <ChartSvg width={width} height={height} label={summary}>
        <Axis
          scale={x}
          orient="bottom"
          at={bottom}
          ticks={narrow ? 4 : 6}
          tickValues={xTicks}
          format={(v) => String(v)}
          label={xLabel}
          grid={bottom - MARGIN.top}
        />
        <Axis
          scale={y}
          orient="left"
          at={MARGIN.left}
          ticks={4}
          tickValues={yTicks}
          format={(v) => (yLog ? formatPower(v) : String(Number(v.toPrecision(2))))}
          label={yLabel}
          grid={width - MARGIN.left - MARGIN.right}
        />
        {markers.map((m) => (
          <g key={m.label}>
            <line x1={x(m.x)} x2={x(m.x)} y1={MARGIN.top} y2={bottom} style={lineStyle(MARKER_LINE, 2)} />
            <text
              x={x(m.x) + (x(m.x) > width * 0.6 ? -6 : 6)}
              y={MARGIN.top + 14}
              textAnchor={x(m.x) > width * 0.6 ? 'end' : 'start'}
              style={{ fill: 'var(--text)', fontSize: 12 }}
            >
              {m.label}
            </text>
          </g>
        ))}
        {line((p) => p.train, TRAIN_LINE)}
        {line((p) => p.test, TEST_LINE)}
      </ChartSvg>
      <Legend
        items={[
          { label: testLabel, style: TEST_LINE },
          { label: trainLabel, style: TRAIN_LINE },
          ...(markers.length ? [{ label: markers.map((m) => m.label).join('; '), style: MARKER_LINE }] : []),
        ]}
      />
    </div>
  );
}

/** Log-axis tick labels: 0.001, 0.01, 0.1, 1, 10, 100, then 10³… */
function formatPower(value: number): string {
  const exponent = Math.round(Math.log10(value));
  if (exponent >= 3) return `10${superscript(exponent)}`;
  return exponent < 0 ? value.toFixed(-exponent) : String(10 ** exponent);
}

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const superscript = (n: number): string =>
  String(n)
    .split('')
    .map((d) => SUPERSCRIPTS[Number(d)] ?? d)
    .join('');
