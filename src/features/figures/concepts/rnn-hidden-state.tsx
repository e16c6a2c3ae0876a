// An RNN unrolled over a short sentence: the hidden state is carried from each step to the next, and the same
// weights are used at every step.
import { ChartSvg } from '../../../ui/charts/ChartSvg';
import { FigureFrame } from '../../../ui/charts/FigureFrame';
import { useChartWidth } from '../../../ui/charts/useChartWidth';
import { Arrow } from '../static/Arrow';
import { Box } from '../static/Box';

const WORDS = ['The', 'cat', 'sat', 'on', 'the', 'mat'] as const;
const SUBSCRIPTS = ['₀', '₁', '₂', '₃', '₄', '₅', '₆'];
const MAX_WIDTH = 640;
/** Below this width only the first four words fit at a readable size. */
const NARROW = 520;
const CELL = 46;

export default function RnnHiddenStateFigure() {
  const [ref, width] = useChartWidth();
  const content = Math.min(width, MAX_WIDTH);
  const left = (width - content) / 2;
  const steps = WORDS.slice(0, width < NARROW ? 4 : WORDS.length);
  const startX = left + 26;
  const pitch = (content - 26 - CELL / 2 - 4) / steps.length;
  const columnX = (t: number) => startX + pitch * (t + 1);

  const output = 30;
  const hidden = 112;
  const input = 194;
  const formula = 240;
  const height = formula + 34;
  const half = CELL / 2;

  return (
    <FigureFrame
      caption={
        <>
          A recurrent network unrolled over &ldquo;{steps.join(' ')}&rdquo;: at each step the new hidden state
          h is computed from the previous one and the current word, so what the network has read so far
          travels along the row of h boxes. The same weights W and U are used at every step.
        </>
      }
      source={
        <>A standard simple recurrent network, as in Elman (1990), &ldquo;Finding Structure in Time&rdquo;.</>
      }
      alternativeLabel="The diagram as a list"
      alternative={
        <>
          <p>
            Update rule: h<sub>t</sub> = tanh(W h<sub>t−1</sub> + U x<sub>t</sub> + b), starting from h
            <sub>0</sub>.
          </p>
          <ol>
            {steps.map((word, t) => (
              <li key={word}>
                Step {t + 1}: reads &ldquo;{word}&rdquo; as x{SUBSCRIPTS[t + 1]} and h{SUBSCRIPTS[t]},
                produces h{SUBSCRIPTS[t + 1]}, and from it an output y{SUBSCRIPTS[t + 1]}.
              </li>
            ))}
          </ol>
        </>
      }
    >
      <div ref={ref}>
        <ChartSvg
          width={width}
          height={height}
          label={`An RNN unrolled over ${steps.length} words, the hidden state passed from each step to the next.`}
        >
          <Box x={startX} y={hidden} width={36} height={CELL} lines={['h₀']} tone="quiet" />
          {steps.map((word, t) => {
            const x = columnX(t);
            const previous = t === 0 ? startX + 18 : columnX(t - 1) + half;
            return (
              <g key={word}>
                <Arrow
                  points={[
                    [previous, hidden],
                    [x - half, hidden],
                  ]}
                  tone="accent"
                />
                <Box
                  x={x}
                  y={hidden}
                  width={CELL}
                  height={CELL}
                  lines={[`h${SUBSCRIPTS[t + 1]}`]}
                  tone="accent"
                />
                <Arrow
                  points={[
                    [x, input - 16],
                    [x, hidden + half],
                  ]}
                />
                <Box x={x} y={input} width={CELL} height={32} lines={[word]} />
                <Arrow
                  points={[
                    [x, hidden - half],
                    [x, output + 16],
                  ]}
                />
                <Box
                  x={x}
                  y={output}
                  width={CELL}
                  height={32}
                  lines={[`y${SUBSCRIPTS[t + 1]}`]}
                  tone="quiet"
                />
              </g>
            );
          })}
          <text className="fig-note" x={(startX + columnX(0)) / 2 - 6} y={hidden - 8} textAnchor="middle">
            W
          </text>
          <text className="fig-note" x={columnX(0) + 6} y={(input + hidden) / 2 + 4}>
            U
          </text>
          <text className="fig-formula" x={left + content / 2} y={formula} textAnchor="middle">
            hₜ = tanh(W hₜ₋₁ + U xₜ + b)
          </text>
          <text className="fig-note" x={left + content / 2} y={formula + 22} textAnchor="middle">
            the same W, U and b at every step
          </text>
        </ChartSvg>
      </div>
    </FigureFrame>
  );
}
