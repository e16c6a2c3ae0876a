// Path strings for lines and areas from d3-shape: the geometry only; React draws the <path>.
import { area, type CurveFactory, curveLinear, line } from 'd3-shape';

type Accessor<T> = (d: T, index: number) => number;

/** An SVG path through the points; points where `defined` is false break the line (a gap, not a zero). */
export function linePath<T>(
  data: readonly T[],
  x: Accessor<T>,
  y: Accessor<T>,
  { curve = curveLinear, defined }: { curve?: CurveFactory; defined?: (d: T, index: number) => boolean } = {},
): string {
  const make = line<T>(x, y).curve(curve);
  if (defined) make.defined(defined);
  return make(data as T[]) ?? '';
}

/** An SVG path filling between `y0` (a baseline, or a lower band) and `y1`. */
export function areaPath<T>(
  data: readonly T[],
  x: Accessor<T>,
  y0: Accessor<T> | number,
  y1: Accessor<T>,
  { curve = curveLinear }: { curve?: CurveFactory } = {},
): string {
  return (
    area<T>()
      .x(x)
      .y0(typeof y0 === 'number' ? () => y0 : y0)
      .y1(y1)
      .curve(curve)(data as T[]) ?? ''
  );
}
