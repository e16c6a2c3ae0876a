// The ⊕ where a sub-block's output is added back to the residual stream (or where two inputs are summed).

export function PlusNode({ x, y, r = 9 }: { x: number; y: number; r?: number }) {
  return (
    <g className="fig-plus">
      <circle cx={x} cy={y} r={r} />
      <line x1={x - r / 2} x2={x + r / 2} y1={y} y2={y} />
      <line x1={x} x2={x} y1={y - r / 2} y2={y + r / 2} />
    </g>
  );
}
