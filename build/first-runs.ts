// `virtual:first-run/<name>`: the result of a live figure's first experiment, computed at build time by the lab's
// own code (src/features/figures/live/first-runs.ts says which runs and why).
import type { Plugin } from 'vite';
import { type FirstRunName, firstRuns } from '../src/features/figures/live/first-runs.ts';

const PREFIX = 'virtual:first-run/';

/** The result as JSON with every number to 6 significant digits: far finer than a figure draws or a table prints,
 * and a third of the bytes (the optimizer paths are 450 points). */
export const firstRunJson = (result: unknown): string =>
  JSON.stringify(result, (_, v) => (typeof v === 'number' ? Number(v.toPrecision(6)) : v));

export function labFirstRuns(): Plugin {
  return {
    name: 'descent-first-runs',
    resolveId: (request) => (request.startsWith(PREFIX) ? `\0${request}` : undefined),
    load(request) {
      if (!request.startsWith(`\0${PREFIX}`)) return undefined;
      const name = request.slice(PREFIX.length + 1);
      if (!(name in firstRuns)) this.error(`${PREFIX}${name}: no such first run in first-runs.ts`);
      const result = firstRuns[name as FirstRunName]();
      return `export default JSON.parse(${JSON.stringify(firstRunJson(result))});\n`;
    },
  };
}
