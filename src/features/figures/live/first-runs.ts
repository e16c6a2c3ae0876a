// The experiment each live figure shows before the learner moves a slider. The build runs these once, in Node, with
// the same lab code (build/first-runs.ts), and a figure reads the result from `virtual:first-run/<name>` instead of
// computing it while the page hydrates: the page is interactive sooner on a slow phone, and the prerendered HTML and
// the hydrating render draw from the very same numbers. Any other setting is computed live, in the browser.
import { earlyStopping } from '../../../lab/gradient-descent.ts';
import { optimizerRace } from '../../../lab/optimizers.ts';
import { doubleDescent } from '../../../lab/random-features.ts';

export const firstSettings = {
  'double-descent': { trainingPoints: 20, labelNoise: 0.2, seed: 2019 },
  'early-stopping': { labelNoise: 0.3, seed: 2 },
  'optimizer-race': { learningRate: 0.01, seed: 1412 },
} as const;

export type FirstRunName = keyof typeof firstSettings;

/** What the build runs for each name. */
export const firstRuns: { [K in FirstRunName]: () => unknown } = {
  'double-descent': () => doubleDescent(firstSettings['double-descent']),
  'early-stopping': () => earlyStopping(firstSettings['early-stopping']),
  'optimizer-race': () => optimizerRace(firstSettings['optimizer-race']),
};

/** True when `settings` are the first run's: every field the first run sets has the same value. */
export function isFirstRun(name: FirstRunName, settings: Readonly<Record<string, unknown>>): boolean {
  return Object.entries(firstSettings[name]).every(([key, value]) => settings[key] === value);
}
