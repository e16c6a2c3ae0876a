// Runs a lab experiment off the main thread: at 4× CPU throttling a double-descent recompute takes 50–170 ms, and a
// slider must never block input that long. Pure functions in, plain data out.
import { earlyStopping } from '../../../lab/gradient-descent.ts';
import { doubleDescent } from '../../../lab/random-features.ts';
import type { LabRequest } from './lab-runs.ts';

const runs = { doubleDescent, earlyStopping };

self.onmessage = (event: MessageEvent<LabRequest>) => {
  const { id, name, settings } = event.data;
  // Settings come only from this app's own figures; each run validates nothing it does not need to.
  const result = (runs[name] as (s: unknown) => unknown)(settings);
  self.postMessage({ id, result });
};
