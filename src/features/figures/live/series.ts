// How each kind of line looks in the live figures: a theme colour and a dash pattern, so lines differ by more than
// colour. Styles are inline because each figure mixes several series; the colours are theme variables (tokens.css).
import type { CSSProperties } from 'react';

export interface SeriesStyle {
  stroke: string;
  /** SVG stroke-dasharray, or undefined for a solid line. */
  dash?: string;
}

export const TEST_LINE: SeriesStyle = { stroke: 'var(--accent)' };
export const TRAIN_LINE: SeriesStyle = { stroke: 'var(--hard)', dash: '7 4' };
export const TRUTH_LINE: SeriesStyle = { stroke: 'var(--muted)', dash: '2 4' };
export const MARKER_LINE: SeriesStyle = { stroke: 'var(--good)', dash: '4 3' };

export const lineStyle = ({ stroke, dash }: SeriesStyle, width = 2.5): CSSProperties => ({
  fill: 'none',
  stroke,
  strokeWidth: width,
  strokeDasharray: dash,
  strokeLinejoin: 'round',
  strokeLinecap: 'round',
});
