// AlphaGo Zero's raw network against the same network with tree search, among the earlier AlphaGo versions, on the
// Elo scale of the AlphaGo Zero paper. A dot plot, not bars: Elo has no meaningful zero.
import { scaleLinear } from 'd3-scale';
import { Axis } from '../../../ui/charts/Axis';
import { ChartSvg, type Margin } from '../../../ui/charts/ChartSvg';
import { FigureFrame } from '../../../ui/charts/FigureFrame';
import { useChartWidth } from '../../../ui/charts/useChartWidth';
import { ALPHAGO_ZERO_ELO } from '../data/alphago-zero-2017';

const MARGIN: Margin = { top: 8, right: 20, bottom: 48, left: 12 };
const ROW = 46;
const ELO_DOMAIN = [2800, 5400] as const;

const elo = (n: number) => n.toLocaleString('en-US');

export default function AlphazeroNetworkFigure() {
  const [ref, width] = useChartWidth();
  const rows = ALPHAGO_ZERO_ELO.length;
  const spanRow = MARGIN.top + ROW * rows;
  const height = spanRow + 34 + MARGIN.bottom;
  const x = scaleLinear()
    .domain(ELO_DOMAIN)
    .range([MARGIN.left + 8, width - MARGIN.right - 8]);
  const full = ALPHAGO_ZERO_ELO.find((p) => p.search && p.name.startsWith('AlphaGo Zero'));
  const raw = ALPHAGO_ZERO_ELO.find((p) => !p.search);
  const gain = full && raw ? full.elo - raw.elo : 0;

  return (
    <FigureFrame
      caption={
        <>
          AlphaGo Zero&rsquo;s network alone, picking moves with no search, was rated {elo(raw?.elo ?? 0)}{' '}
          Elo, just below AlphaGo Fan, the version that beat the European champion Fan Hui. The same network
          with Monte Carlo tree search was rated {elo(full?.elo ?? 0)}: search added {elo(gain)} Elo. All
          AlphaGo versions shown use search except the raw network.
        </>
      }
      source={
        <>
          Silver et al. (2017), &ldquo;Mastering the game of Go without human knowledge&rdquo;, Nature 550,
          Figure 6b. These ratings measure AlphaGo Zero, the Go program that AlphaZero later generalised.
        </>
      }
      alternative={
        <table>
          <caption>Elo ratings in the AlphaGo Zero paper</caption>
          <thead>
            <tr>
              <th scope="col">Program</th>
              <th scope="col">Tree search</th>
              <th scope="col">Elo</th>
            </tr>
          </thead>
          <tbody>
            {ALPHAGO_ZERO_ELO.map((p) => (
              <tr key={p.name}>
                <th scope="row">{p.name}</th>
                <td>{p.search ? 'yes' : 'no'}</td>
                <td>{elo(p.elo)}</td>
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
          label={`Dot plot of Elo ratings: AlphaGo Zero raw network ${elo(raw?.elo ?? 0)}, with search ${elo(full?.elo ?? 0)}.`}
        >
          <Axis
            scale={x}
            orient="bottom"
            at={height - MARGIN.bottom}
            ticks={width < 480 ? 4 : 6}
            format={(v) => elo(v)}
            label="Elo rating (higher is stronger)"
            grid={height - MARGIN.top - MARGIN.bottom}
          />
          {ALPHAGO_ZERO_ELO.map((p, i) => {
            const top = MARGIN.top + ROW * i;
            const highlighted = p === full || p === raw;
            const cx = x(p.elo);
            return (
              <g key={p.name}>
                {/* Names start at the left edge, so the longest fits a phone; the dot under each gives its place. */}
                <text
                  className={highlighted ? 'fig-label fig-strong' : 'fig-label'}
                  x={MARGIN.left}
                  y={top + 12}
                >
                  {p.name}: {elo(p.elo)}
                </text>
                <circle
                  className={highlighted ? 'fig-mark' : 'fig-mark-quiet'}
                  cx={cx}
                  cy={top + 30}
                  r={highlighted ? 7 : 5}
                />
              </g>
            );
          })}
          {full && raw ? (
            <g>
              <line
                className="fig-span"
                x1={x(raw.elo)}
                x2={x(full.elo)}
                y1={spanRow + 10}
                y2={spanRow + 10}
              />
              <text
                className="fig-label"
                x={(x(raw.elo) + x(full.elo)) / 2}
                y={spanRow + 26}
                textAnchor="middle"
              >
                search adds {elo(gain)} Elo
              </text>
            </g>
          ) : null}
        </ChartSvg>
      </div>
    </FigureFrame>
  );
}
