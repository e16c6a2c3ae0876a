// A live figure's experiment: the build's result for the first settings, then each new setting computed in a Web
// Worker, so moving a slider never waits on the numbers. The figure keeps showing the last result, and the settings
// it was computed for, until the new one arrives. Without a worker (tests in jsdom, or a worker that failed to load
// or run) it computes in place.
import { useEffect, useRef, useState } from 'react';
import { earlyStopping } from '../../../lab/gradient-descent.ts';
import { doubleDescent } from '../../../lab/random-features.ts';

const runs = { doubleDescent, earlyStopping };
type Runs = typeof runs;
export type LabRunName = keyof Runs;
type Settings<N extends LabRunName> = Parameters<Runs[N]>[0];
type Result<N extends LabRunName> = ReturnType<Runs[N]>;

export interface LabRequest {
  id: number;
  name: LabRunName;
  settings: unknown;
}
export type LabReply = { id: number; result: unknown } | { id: number; error: string };

const runInPlace = <N extends LabRunName>(name: N, settings: Settings<N>): Result<N> =>
  (runs[name] as (s: Settings<N>) => Result<N>)(settings);

let worker: Worker | null | undefined;
let nextId = 1;
/** Each request's answer: a result, or null when the worker failed and the asker must compute in place. */
const waiting = new Map<number, (result: unknown | null) => void>();

/** Gives up on the worker: every figure still waiting computes in place, and later ones never ask it. */
function dropWorker() {
  worker?.terminate();
  worker = null;
  for (const answer of waiting.values()) answer(null);
  waiting.clear();
}

/** The shared worker, made on first use; null where the browser has none or it failed. */
function labWorker(): Worker | null {
  if (worker !== undefined) return worker;
  worker = null;
  if (typeof Worker === 'undefined') return worker;
  try {
    const made = new Worker(new URL('./lab.worker.ts', import.meta.url), { type: 'module' });
    made.onmessage = (event: MessageEvent<LabReply>) => {
      const reply = event.data;
      waiting.get(reply.id)?.('error' in reply ? null : reply.result);
      waiting.delete(reply.id);
    };
    // A module that fails to load (a redeploy, a blocked script) or a run that throws: fall back, never freeze.
    made.onerror = dropWorker;
    made.onmessageerror = dropWorker;
    worker = made;
  } catch {
    worker = null;
  }
  return worker;
}

interface Shown<N extends LabRunName> {
  key: string;
  settings: Settings<N>;
  result: Result<N>;
}

/**
 * The result of experiment `name` for `settings`, and the settings it belongs to: `first` when these are the
 * settings it was computed for at build time, else the last result shown (with `pending`) until the worker answers.
 * Only the newest settings are sent: moving a slider across ten steps costs two runs, not ten.
 */
export function useLabRun<N extends LabRunName>(
  name: N,
  settings: Settings<N>,
  first: Result<N> | undefined,
): { result: Result<N>; settings: Settings<N>; pending: boolean } {
  const key = JSON.stringify(settings);
  const [shown, setShown] = useState<Shown<N>>(() => ({
    key,
    settings,
    result: first ?? runInPlace(name, settings),
  }));
  const wanted = useRef({ key, settings });
  wanted.current = { key, settings };
  const busy = useRef(false);

  useEffect(() => {
    if (shown.key === key) return;
    if (first !== undefined) {
      setShown({ key, settings, result: first });
      return;
    }
    if (busy.current) return; // the run in flight asks again for the newest settings when it ends
    const ask = () => {
      const { key: askedKey, settings: asked } = wanted.current;
      const w = labWorker();
      if (!w) {
        setShown({ key: askedKey, settings: asked, result: runInPlace(name, asked) });
        return;
      }
      busy.current = true;
      const id = nextId++;
      waiting.set(id, (result) => {
        busy.current = false;
        const answer = result === null ? runInPlace(name, asked) : (result as Result<N>);
        setShown({ key: askedKey, settings: asked, result: answer });
        if (wanted.current.key !== askedKey) ask();
      });
      w.postMessage({ id, name, settings: asked } satisfies LabRequest);
    };
    ask();
  }, [key, shown.key, first, name, settings]);

  return { result: shown.result, settings: shown.settings, pending: shown.key !== key };
}
