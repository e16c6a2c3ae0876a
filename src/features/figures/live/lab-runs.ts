// A live figure's experiment: the build's result for the first settings, then each new setting computed in a Web
// Worker, so moving a slider never waits on the numbers. The figure keeps showing the last result until the new one
// arrives (a few frames on a slow phone). Where there is no Worker (tests in jsdom), it computes in place.
import { useEffect, useMemo, useRef, useState } from 'react';
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

let worker: Worker | null | undefined;
let nextId = 1;
const waiting = new Map<number, (result: unknown) => void>();

/** The shared worker, made on first use; null where the browser has none or it failed to start. */
function labWorker(): Worker | null {
  if (worker !== undefined) return worker;
  worker = null;
  if (typeof Worker === 'undefined') return worker;
  try {
    const made = new Worker(new URL('./lab.worker.ts', import.meta.url), { type: 'module' });
    made.onmessage = (event: MessageEvent<{ id: number; result: unknown }>) => {
      waiting.get(event.data.id)?.(event.data.result);
      waiting.delete(event.data.id);
    };
    worker = made;
  } catch {
    worker = null;
  }
  return worker;
}

/**
 * The result of experiment `name` for `settings`: `first` when these are the settings it was computed for at build
 * time, else the last result shown (with `pending`) until the worker answers.
 */
export function useLabRun<N extends LabRunName>(
  name: N,
  settings: Settings<N>,
  first: Result<N> | undefined,
): { result: Result<N>; pending: boolean } {
  const key = JSON.stringify(settings);
  const [shown, setShown] = useState<{ key: string; result: Result<N> } | undefined>(
    first === undefined ? undefined : { key, result: first },
  );
  const settingsRef = useRef(settings);
  settingsRef.current = settings;
  // Whether a worker can be had; it is made only once a slider asks for a result the build did not compute.
  const offThread = typeof Worker !== 'undefined' && worker !== null;

  useEffect(() => {
    if (first !== undefined) {
      setShown({ key, result: first });
      return;
    }
    const w = labWorker();
    if (!w) return;
    let current = true;
    const id = nextId++;
    waiting.set(id, (result) => {
      if (current) setShown({ key, result: result as Result<N> });
    });
    w.postMessage({ id, name, settings: settingsRef.current } satisfies LabRequest);
    return () => {
      current = false;
    };
  }, [key, name, first]);

  // No worker: compute here (only ever with settings the build did not run). The key stands for the settings.
  const inPlace = useMemo(() => {
    if (first !== undefined || offThread || key === '') return undefined;
    return (runs[name] as (s: Settings<N>) => Result<N>)(settingsRef.current);
  }, [key, first, offThread, name]);
  if (first !== undefined) return { result: first, pending: false };
  if (inPlace !== undefined) return { result: inPlace, pending: false };
  if (shown) return { result: shown.result, pending: shown.key !== key };
  // The very first render with settings the build did not run, with a worker: compute once in place.
  return { result: (runs[name] as (s: Settings<N>) => Result<N>)(settings), pending: false };
}
