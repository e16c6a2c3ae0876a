// Seeded randomness for the lab: every experiment takes a seed, so a figure draws the same curve on the server, in
// the hydrating render and in a test.

/** A uniform generator on [0, 1) (mulberry32): small, fast, and good enough for toy experiments, not for crypto. */
export type Uniform = () => number;

export function seededUniform(seed: number): Uniform {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal draw from two uniforms (Box–Muller). */
export function normal(uniform: Uniform): number {
  const u = 1 - uniform(); // in (0, 1], so the log is finite
  const v = uniform();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
