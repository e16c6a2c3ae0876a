// The one <svg> every chart draws in: a viewBox in the chart's own units, scaled to the width of its box by CSS
// (`.chart` in styles/charts.css), and named for assistive technology by a one-sentence summary.
import type { ReactNode } from 'react';

/** Space around the plot for axes and their labels, in the svg's units. */
export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** The plot's own box once the margins are taken off. */
export function plotArea(width: number, height: number, margin: Margin) {
  return {
    width: Math.max(0, width - margin.left - margin.right),
    height: Math.max(0, height - margin.top - margin.bottom),
  };
}

interface Props {
  width: number;
  height: number;
  /** What the drawing shows, as a sentence: the svg's accessible name (the numbers are in the figure's table). */
  label: string;
  className?: string;
  children: ReactNode;
}

export function ChartSvg({ width, height, label, className, children }: Props) {
  return (
    <svg
      className={className ? `chart ${className}` : 'chart'}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={label}
    >
      {children}
    </svg>
  );
}
