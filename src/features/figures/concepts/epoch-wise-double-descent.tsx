// Epoch-wise double descent as a schematic, not data: a toy that reproduces it convincingly would need a deep network
// trained for thousands of epochs. The shape follows Nakkiran et al. 2019 (Figure 1, right: ResNet18 on CIFAR-10 with
// 15% label noise, Adam, 4K epochs): a dip, a rise while the noisy labels are fitted, then a second descent.
import { scaleLinear } from 'd3-scale';
import { ChartSvg, type Margin } from '../../../ui/charts/ChartSvg';
import { FigureFrame } from '../../../ui/charts/FigureFrame';
import { linePath } from '../../../ui/charts/shapes';
import { useChartWidth } from '../../../ui/charts/useChartWidth';
import { Legend } from '../live/Legend';
import { lineStyle, MARKER_LINE, TEST_LINE, TRAIN_LINE } from '../live/series';

const MARGIN: Margin = { top: 36, right: 20, bottom: 48, left: 40 };
/** Position along training, 0 to 1, read as the log of the epoch. No units: the shape is the point. */
const T = Array.from({ length: 121 }, (_, i) => i / 120);
/** A made-up test-error shape: falls, bumps up around the middle (where train error nears zero), falls again. */
const testShape = (t: number): number =>
  0.2 +
  0.55 * Math.exp(-t / 0.12) +
  0.2 * Math.exp(-(((t - 0.55) / 0.13) ** 2)) -
  0.08 / (1 + Math.exp(-(t - 0.7) / 0.06));
const trainShape = (t: number): number => 0.02 + 0.78 / (1 + Math.exp((t - 0.4) / 0.07));
const FIRST_DIP = 0.3;
const BUMP = 0.55;

export default function EpochWiseDoubleDescentFigure() {
  const [ref, width] = useChartWidth();
  const height = Math.round(Math.min(320, Math.max(240, width * 0.5)));
  const bottom = height - MARGIN.bottom;
  const x = scaleLinear()
    .domain([0, 1])
    .range([MARGIN.left, width - MARGIN.right]);
  const y = scaleLinear().domain([0, 0.85]).range([bottom, MARGIN.top]);
  const text = { fill: 'var(--text)', fontSize: 12 };

  return (
    <FigureFrame
      caption={
        <>
          Schematic, not data: test error of one large, fixed model against training time. It falls, rises
          while the model starts fitting its noisy labels (train error reaching zero), then falls again with
          further training. A rule that stops at the first dip misses the second descent.
        </>
      }
      source={
        <>
          Shape drawn after Nakkiran et al. 2019, &ldquo;Deep Double Descent&rdquo;, arXiv:1912.02292, Figure
          1 (right): ResNet18s on CIFAR-10 with 15% label noise, trained with Adam for 4K epochs. No numbers
          are plotted.
        </>
      }
      alternativeLabel="The shape in words"
      alternative={
        <p>
          A schematic with no numbers. Horizontal axis: epochs on a log scale. Test error starts high, falls
          to a first minimum early in training, rises to a peak around the time train error reaches zero, then
          falls again to a level below the first minimum. Train error falls steadily towards zero.
        </p>
      }
    >
      <div ref={ref}>
        <ChartSvg
          width={width}
          height={height}
          label="Schematic, not data: test error dips, rises and falls again over training epochs."
        >
          <line
            x1={MARGIN.left}
            x2={width - MARGIN.right}
            y1={bottom}
            y2={bottom}
            style={{ stroke: 'var(--muted)' }}
          />
          <line
            x1={MARGIN.left}
            x2={MARGIN.left}
            y1={MARGIN.top}
            y2={bottom}
            style={{ stroke: 'var(--muted)' }}
          />
          <text
            x={(MARGIN.left + width - MARGIN.right) / 2}
            y={bottom + 30}
            textAnchor="middle"
            style={{ ...text, fontWeight: 600 }}
          >
            Epochs (log scale)
          </text>
          <text x={MARGIN.left} y={MARGIN.top - 14} style={{ ...text, fontWeight: 600 }}>
            Error
          </text>
          <text
            x={width - MARGIN.right}
            y={MARGIN.top - 14}
            textAnchor="end"
            style={{ ...text, fontStyle: 'italic' }}
          >
            Schematic, not data
          </text>
          <line
            x1={x(FIRST_DIP)}
            x2={x(FIRST_DIP)}
            y1={MARGIN.top}
            y2={bottom}
            style={lineStyle(MARKER_LINE, 1.5)}
          />
          <text x={x(FIRST_DIP) - 6} y={MARGIN.top + 12} textAnchor="end" style={text}>
            First dip
          </text>
          <text x={x(BUMP) + 6} y={MARGIN.top + 12} style={text}>
            Peak
          </text>
          <path
            d={linePath(
              T,
              (t) => x(t),
              (t) => y(trainShape(t)),
            )}
            style={lineStyle(TRAIN_LINE)}
          />
          <path
            d={linePath(
              T,
              (t) => x(t),
              (t) => y(testShape(t)),
            )}
            style={lineStyle(TEST_LINE)}
          />
        </ChartSvg>
        <Legend
          items={[
            { label: 'Test error (schematic)', style: TEST_LINE },
            { label: 'Train error (schematic)', style: TRAIN_LINE },
            { label: 'Where a naive early-stopping rule would halt', style: MARKER_LINE },
          ]}
        />
      </div>
    </FigureFrame>
  );
}
