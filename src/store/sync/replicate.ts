// One round of sync with a CouchDB-protocol server: pull what is new since the last checkpoint, adopt a newer
// generation or merge, then push what the server lacks. Grading never waits on it: it runs beside the store.
import type { ProgressStore } from '../progress';
import type { ProgressData } from '../progress-schema';
import {
  generationDoc,
  generationTime,
  newerGeneration,
  type ReadDoc,
  readDoc,
  type SyncDoc,
} from './sync-docs';
import { docsToPush, nothingPushed, type PushedMark, sortPulled } from './sync-plan';

/** The part of CouchDB's HTTP API sync uses; `couch-client.ts` implements it with PouchDB's HTTP adapter. */
export interface CouchClient {
  /** Writes documents as they are (`new_edits: false`): the same document twice is one revision. */
  bulkDocs(docs: readonly SyncDoc[]): Promise<void>;
  /** Changes after `since`, with their documents, at most `limit`; `more` when the feed has more after these. */
  changes(since: string, limit: number): Promise<{ docs: unknown[]; lastSeq: string; more: boolean }>;
  /** Every document of one generation (their ids start with it). */
  generation(generation: string): Promise<unknown[]>;
}

export interface SyncCheckpoint {
  /** The server's sequence this device has pulled up to ('0': nothing yet). */
  pulled: string;
  pushed: PushedMark;
  /**
   * The newest generation this device has seen announced on the server. Kept, because its document is pulled only
   * once: a device that resets after seeing it must still compare its own reset with it on every later round.
   */
  newest: string;
}

export const startCheckpoint = (generation: string): SyncCheckpoint => ({
  pulled: '0',
  pushed: nothingPushed(generation),
  newest: generation,
});

export interface SyncRound {
  checkpoint: SyncCheckpoint;
  /** Documents that are not valid Descent events: left on the server, never applied. */
  setAside: Extract<ReadDoc, { ok: false }>[];
  pulled: number;
  pushed: number;
  /** Another device's reset or Replace, adopted this round. */
  adopted?: string;
}

const BATCH = 1000;

/**
 * One round. A failure anywhere (offline, refused, the server gone mid-push) throws before the checkpoint moves
 * past what was done, so the next round repeats only what is unconfirmed; local progress is never changed by a
 * failed round except by what it had fully pulled and validated.
 */
export async function syncRound(
  progress: ProgressStore,
  client: CouchClient,
  checkpoint: SyncCheckpoint,
): Promise<SyncRound> {
  const setAside: SyncRound['setAside'] = [];
  const valid: SyncDoc[] = [];
  let since = checkpoint.pulled;
  for (;;) {
    const { docs, lastSeq, more } = await client.changes(since, BATCH);
    for (const raw of docs) {
      const read = readDoc(raw);
      if (read.ok) valid.push(read.doc);
      else setAside.push(read);
    }
    since = lastSeq;
    if (!more) break;
  }
  const local = progress.getState();
  const sorted = sortPulled(valid, local.generation);
  const newest = newerGeneration(checkpoint.newest, sorted.newer ?? local.generation);
  if (newest !== local.generation && newerGeneration(newest, local.generation) === newest)
    sorted.newer = newest;
  let adopted: string | undefined;
  let pushed = checkpoint.pushed;
  if (sorted.newer) {
    // Another device reset or replaced progress after this one's generation began: take that generation whole.
    const all: SyncDoc[] = [];
    for (const raw of await client.generation(sorted.newer)) {
      const read = readDoc(raw);
      if (read.ok) all.push(read.doc);
      else setAside.push(read);
    }
    const { part } = sortPulled(all, sorted.newer);
    if (!progress.getState().replace(part, sorted.newer))
      throw new SyncError('storage', 'this browser’s storage refused the other device’s progress');
    adopted = sorted.newer;
    // What was just pulled is on the server already.
    pushed = docsToPush(dataOf(progress), nothingPushed(sorted.newer)).mark;
  } else if (valid.length > 0) {
    if (!progress.getState().merge(sorted.part))
      throw new SyncError('storage', 'this browser’s storage refused the pulled reviews');
  }
  // Push: first the generation itself when this device started it, then everything the server lacks.
  const data = dataOf(progress);
  const plan = docsToPush(data, pushed);
  const first = pushed.generation !== data.generation || Object.keys(pushed.months).length === 0;
  const madeAt = generationTime(data.generation);
  const docs =
    first && madeAt !== undefined ? [generationDoc(data.generation, madeAt), ...plan.docs] : plan.docs;
  for (let i = 0; i < docs.length; i += BATCH) await client.bulkDocs(docs.slice(i, i + BATCH));
  return {
    checkpoint: { pulled: since, pushed: plan.mark, newest: newerGeneration(newest, data.generation) },
    setAside,
    pulled: valid.length,
    pushed: docs.length,
    adopted,
  };
}

export class SyncError extends Error {
  constructor(
    readonly kind: 'offline' | 'auth' | 'cors' | 'not-found' | 'server' | 'storage' | 'not-descent',
    message: string,
  ) {
    super(message);
  }
}

function dataOf(progress: ProgressStore): ProgressData {
  const { generation, log, undone, quizzes, actions } = progress.getState();
  return { generation, log, undone, quizzes, actions };
}
