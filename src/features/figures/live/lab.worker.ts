// Runs a lab experiment off the main thread: at 4× CPU throttling a double-descent recompute takes 50–170 ms, and a
// slider must never block input that long. Pure functions in, plain data out; a failure is answered, not swallowed.
import { earlyStopping } from '../../../lab/gradient-descent.ts';
import { doubleDescent } from '../../../lab/random-features.ts';
import type { LabReply, LabRequest } from './lab-runs.ts';

const runs = { doubleDescent, earlyStopping };

self.onmessage = (event: MessageEvent<LabRequest>) => {
  const { id, name, settings } = event.data;
  let reply: LabReply;
  try {
    reply = { id, result: (runs[name] as (s: unknown) => unknown)(settings) };
  } catch (error) {
    reply = { id, error: String(error) };
  }
  self.postMessage(reply);
};
