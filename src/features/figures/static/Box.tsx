// A labelled box of a diagram: one or more centred lines of text in a rounded rectangle. Colours are CSS classes
// (styles/figures.css) so the box reads in both themes.

interface Props {
  /** Centre of the box, in the drawing's units. */
  x: number;
  y: number;
  width: number;
  height: number;
  lines: readonly string[];
  /** `accent` marks the part the figure is about (the current step, the hidden state). */
  tone?: 'plain' | 'accent' | 'quiet';
}

const LINE = 16;

export function Box({ x, y, width, height, lines, tone = 'plain' }: Props) {
  const top = y - ((lines.length - 1) * LINE) / 2;
  return (
    <g className={`fig-box fig-box-${tone}`}>
      <rect x={x - width / 2} y={y - height / 2} width={width} height={height} rx={6} />
      {lines.map((line, i) => (
        <text key={`${i}-${line}`} x={x} y={top + i * LINE} dy="0.35em" textAnchor="middle">
          {line}
        </text>
      ))}
    </g>
  );
}
