// The spike-timing window of STDP after Bi & Poo (1998): the shape only. The paper's ±20 ms windows are marked; the
// curve's height and steepness are a drawing, not fitted numbers.
import { scaleLinear } from 'd3-scale';
import { Axis } from '../../../ui/charts/Axis';
import { ChartSvg, type Margin } from '../../../ui/charts/ChartSvg';
import { FigureFrame } from '../../../ui/charts/FigureFrame';
import { linePath } from '../../../ui/charts/shapes';
import { useChartWidth } from '../../../ui/charts/useChartWidth';
import { BI_POO_WINDOW_MS } from '../data/bi-poo-1998';

const MARGIN: Margin = { top: 16, right: 16, bottom: 48, left: 16 };
const SPAN_MS = 60;
/** How fast the drawn curve fades: a choice for the drawing, not a measured time constant. */
const DRAWN_FADE_MS = 10;
const DT = Array.from({ length: SPAN_MS + 1 }, (_, i) => i);

/** The drawn shape: +1 at just after 0 ms falling towards 0, mirrored below the axis for negative delays. */
const drawnChange = (dtMs: number) =>
  dtMs === 0 ? 0 : Math.sign(dtMs) * Math.exp(-Math.abs(dtMs) / DRAWN_FADE_MS);

export default function StdpFigure() {
  const [ref, width] = useChartWidth();
  const height = Math.round(Math.min(320, Math.max(240, width * 0.55)));
  const x = scaleLinear()
    .domain([-SPAN_MS, SPAN_MS])
    .range([MARGIN.left, width - MARGIN.right]);
  const y = scaleLinear()
    .domain([-1.6, 1.6])
    .range([height - MARGIN.bottom, MARGIN.top]);
  const w = BI_POO_WINDOW_MS;
  const plotTop = MARGIN.top;
  const plotHeight = height - MARGIN.top - MARGIN.bottom;

  return (
    <FigureFrame
      caption={
        <>
          The shape of the spike-timing window (schematic): when the input spike comes just before the neuron
          fires (t<sub>post</sub> − t<sub>pre</sub> between 0 and +{w} ms), the synapse is strengthened (LTP);
          when it comes just after (between −{w} ms and 0), it is weakened (LTD). The height and steepness of
          the curve are drawn for illustration, not measured.
        </>
      }
      source={
        <>
          The ±{w} ms windows: Bi &amp; Poo (1998), &ldquo;Synaptic modifications in cultured hippocampal
          neurons&rdquo;, J. Neurosci. 18(24):10464, abstract.
        </>
      }
      alternativeLabel="The figure in words"
      alternative={
        <ul>
          <li>
            Input spike 0 to {w} ms before the neuron fires (t<sub>post</sub> − t<sub>pre</sub> from 0 to +{w}{' '}
            ms): long-term potentiation, the synapse gets stronger; most strongly for the shortest delays in
            the drawing.
          </li>
          <li>
            Input spike 0 to {w} ms after the neuron fires (−{w} ms to 0): long-term depression, the synapse
            gets weaker.
          </li>
          <li>The curve is a schematic: no measured amplitudes or time constants are plotted.</li>
        </ul>
      }
    >
      <div ref={ref}>
        <ChartSvg
          width={width}
          height={height}
          label={`Schematic STDP window: strengthening for input spikes up to ${w} ms before the neuron fires, weakening for input spikes up to ${w} ms after.`}
        >
          <rect className="fig-window" x={x(-w)} y={plotTop} width={x(w) - x(-w)} height={plotHeight} />
          <Axis
            scale={x}
            orient="bottom"
            at={height - MARGIN.bottom}
            tickValues={width < 480 ? [-40, -20, 0, 20, 40] : [-60, -40, -20, 0, 20, 40, 60]}
            format={(v) => (v > 0 ? `+${v}` : v < 0 ? `\u2212${-v}` : '0')}
            label="Δt = post spike − pre spike (ms)"
          />
          <line className="fig-zero" x1={x(-SPAN_MS)} x2={x(SPAN_MS)} y1={y(0)} y2={y(0)} />
          <line className="fig-zero" x1={x(0)} x2={x(0)} y1={plotTop} y2={plotTop + plotHeight} />
          <path
            className="fig-ltp"
            d={linePath(
              DT.slice(1),
              (t) => x(t),
              (t) => y(drawnChange(t)),
            )}
          />
          <path
            className="fig-ltd"
            d={linePath(
              DT.slice(1),
              (t) => x(-t),
              (t) => y(drawnChange(-t)),
            )}
          />
          <text className="fig-label fig-strong" x={x(SPAN_MS) - 4} y={y(1.35)} dy="0.35em" textAnchor="end">
            strengthened (LTP)
          </text>
          <text className="fig-label fig-strong" x={x(-SPAN_MS) + 4} y={y(-1.35)} dy="0.35em">
            weakened (LTD)
          </text>
          <text className="fig-note" x={x(w) + 4} y={y(0) + 18}>
            +{w} ms
          </text>
          <text className="fig-note" x={x(-w) - 4} y={y(0) - 8} textAnchor="end">
            −{w} ms
          </text>
        </ChartSvg>
      </div>
    </FigureFrame>
  );
}
