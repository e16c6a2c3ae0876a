// Coordinates that come out the same in Node (the build's prerender) and in the browser. A log scale goes through
// Math.log, whose last bits differ between V8 versions; unrounded, the prerendered HTML and the hydrating render
// would disagree in the 14th digit of an attribute. Rounded to a hundredth of a unit, they agree.

/** An interpolator for a d3 scale (`scale.interpolate(steady)`): linear, rounded to hundredths. */
export const steady =
  (a: number, b: number) =>
  (t: number): number =>
    Math.round((a + (b - a) * t) * 100) / 100;
