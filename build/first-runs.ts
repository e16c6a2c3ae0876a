// `virtual:first-run/<name>`: the result of a live figure's first experiment, computed at build time by the lab's
// own code (src/features/figures/live/first-runs.ts says which runs and why).
import type { Plugin } from 'vite';
import { type FirstRunName, firstRuns } from '../src/features/figures/live/first-runs.ts';

const PREFIX = 'virtual:first-run/';

export function labFirstRuns(): Plugin {
  return {
    name: 'descent-first-runs',
    resolveId: (request) => (request.startsWith(PREFIX) ? `\0${request}` : undefined),
    load(request) {
      if (!request.startsWith(`\0${PREFIX}`)) return undefined;
      const name = request.slice(PREFIX.length + 1);
      if (!(name in firstRuns)) this.error(`${PREFIX}${name}: no such first run in first-runs.ts`);
      const result = firstRuns[name as FirstRunName]();
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(result))});\n`;
    },
  };
}
