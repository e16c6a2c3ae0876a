// Charts draw in real pixels of the box they sit in, so tick labels stay 12 px on a 390 px phone instead of shrinking
// with a scaled-down viewBox. The server and the hydrating render use `fallback` (no window there); the measured width
// replaces it before the first paint in the browser.
import { type RefObject, useLayoutEffect, useRef, useState } from 'react';

/** The default drawing width (a desktop column); the chart's viewBox scales it to the box until it is measured. */
export const CHART_WIDTH = 640;

/**
 * A ref for the element that holds the chart and that element's width in CSS pixels: `fallback` until measured,
 * then followed as the window resizes. Without ResizeObserver (jsdom) or a laid-out box, `fallback` stays.
 */
export function useChartWidth<E extends HTMLElement = HTMLDivElement>(
  fallback = CHART_WIDTH,
): [RefObject<E | null>, number] {
  const ref = useRef<E>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const w = Math.floor(el.getBoundingClientRect().width);
      if (w > 0) setWidth(w);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
