// An arrow along a polyline, its head drawn as a small triangle computed here rather than an SVG <marker>, whose id
// would have to be unique on the page and identical on the server and in the browser.

type Point = readonly [number, number];

interface Props {
  points: readonly Point[];
  tone?: 'plain' | 'accent';
  /** No head: a plain connector (a branch leaving the residual stream). */
  headless?: boolean;
}

const HEAD_LENGTH = 8;
const HEAD_HALF_WIDTH = 4.5;

/** The three corners of an arrowhead whose tip is at `to`, pointing away from `from`. */
export function arrowHead(from: Point, to: Point): string {
  const dx = to[0] - from[0];
  const dy = to[1] - from[1];
  const length = Math.hypot(dx, dy) || 1;
  const ux = dx / length;
  const uy = dy / length;
  const bx = to[0] - ux * HEAD_LENGTH;
  const by = to[1] - uy * HEAD_LENGTH;
  const corners: Point[] = [
    to,
    [bx - uy * HEAD_HALF_WIDTH, by + ux * HEAD_HALF_WIDTH],
    [bx + uy * HEAD_HALF_WIDTH, by - ux * HEAD_HALF_WIDTH],
  ];
  return corners.map(([px, py]) => `${round(px)},${round(py)}`).join(' ');
}

const round = (n: number) => Math.round(n * 100) / 100;

export function Arrow({ points, tone = 'plain', headless = false }: Props) {
  const last = points[points.length - 1];
  const beforeLast = points[points.length - 2];
  return (
    <g className={`fig-arrow fig-arrow-${tone}`}>
      <polyline points={points.map(([px, py]) => `${round(px)},${round(py)}`).join(' ')} />
      {!headless && last && beforeLast ? <polygon points={arrowHead(beforeLast, last)} /> : null}
    </g>
  );
}
