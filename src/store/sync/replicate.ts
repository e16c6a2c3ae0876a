// One round of sync with a CouchDB-protocol server: pull what is new since the last checkpoint, adopt a newer
// generation or merge, then push what the server lacks. Grading never waits on it: it runs beside the store.
import type { ProgressStore } from '../progress';
import type { ProgressData, Settings } from '../progress-schema';
import type { SettingsStore } from '../settings';
import {
  generationDoc,
  generationTime,
  newerGeneration,
  type ReadDoc,
  readDoc,
  type SyncDoc,
  settingDoc,
  settingFields,
} from './sync-docs';
import { docsToPush, newestSettings, nothingPushed, type PushedMark, sortPulled } from './sync-plan';

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
  /** Each setting as every device last agreed on it: its value, and the change document that set it. */
  settings: Record<string, { value: unknown; at: number; id: string }>;
}

export const startCheckpoint = (generation: string): SyncCheckpoint => ({
  pulled: '0',
  pushed: nothingPushed(generation),
  newest: generation,
  settings: {},
});

/**
 * This device's settings for a round: the store, and when each field was last changed here (a change made offline
 * keeps its own time, so a later change on another device still wins over it).
 */
export interface LocalSettings {
  store: SettingsStore;
  changedAt: Readonly<Record<string, number>>;
  random: () => number;
}

export interface SyncRound {
  checkpoint: SyncCheckpoint;
  /** Documents that are not valid Descent events: left on the server, never applied. */
  setAside: Extract<ReadDoc, { ok: false }>[];
  pulled: number;
  pushed: number;
  /** Another device's reset or Replace, adopted this round. */
  adopted?: string;
}

/** Documents per request. Measured against pouchdb-server with a year's log: see tests/bench/sync.bench.ts. */
const PUSH_BATCH = 2000;
const PULL_BATCH = 5000;

/**
 * One round. A failure anywhere (offline, refused, the server gone mid-push) throws before the checkpoint moves
 * past what was done, so the next round repeats only what is unconfirmed; local progress is never changed by a
 * failed round except by what it had fully pulled and validated.
 */
export async function syncRound(
  progress: ProgressStore,
  client: CouchClient,
  checkpoint: SyncCheckpoint,
  settings?: LocalSettings,
): Promise<SyncRound> {
  const setAside: SyncRound['setAside'] = [];
  const valid: SyncDoc[] = [];
  let since = checkpoint.pulled;
  for (;;) {
    const { docs, lastSeq, more } = await client.changes(since, PULL_BATCH);
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
  const agreed = settings ? settleSettings(valid, checkpoint.settings, settings) : undefined;
  const docs = [
    ...(first && madeAt !== undefined ? [generationDoc(data.generation, madeAt)] : []),
    ...plan.docs,
    ...(agreed?.push ?? []),
  ];
  for (let i = 0; i < docs.length; i += PUSH_BATCH) await client.bulkDocs(docs.slice(i, i + PUSH_BATCH));
  return {
    checkpoint: {
      pulled: since,
      pushed: plan.mark,
      newest: newerGeneration(newest, data.generation),
      settings: agreed?.known ?? checkpoint.settings,
    },
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

/**
 * The newest change of each setting wins, on every device: a newer change pulled is applied here; a local change
 * newer than any pulled one is pushed. Applies pulled values to the store; returns what to push and what is agreed.
 */
function settleSettings(
  pulled: readonly SyncDoc[],
  known: SyncCheckpoint['settings'],
  local: LocalSettings,
): { push: SyncDoc[]; known: SyncCheckpoint['settings'] } {
  const next = { ...known };
  const remote = newestSettings(pulled, known);
  const current = local.store.getState() as unknown as Record<string, unknown>;
  const push: SyncDoc[] = [];
  const patch: Record<string, unknown> = {};
  for (const field of settingFields) {
    const theirs = remote[field];
    const mine = known[field];
    const changedHere = local.changedAt[field];
    // A local change not yet agreed: the value differs from the last agreed one, and it was changed here.
    const pending =
      changedHere !== undefined && JSON.stringify(current[field]) !== JSON.stringify(mine?.value)
        ? changedHere
        : undefined;
    // A pulled change at the same instant as one made here wins: whichever device pulls the other's applies it.
    if (theirs && (pending === undefined || theirs.at >= pending)) {
      next[field] = theirs;
      if (JSON.stringify(current[field]) !== JSON.stringify(theirs.value)) patch[field] = theirs.value;
    } else if (pending !== undefined) {
      let rand = '';
      for (let i = 0; i < 6; i++) rand += Math.floor(local.random() * 36).toString(36);
      // A change replaces the one agreed before it: it is dated after it even when the clock says the same
      // instant, so every device orders the two the same way (ties would go by random id).
      const at = mine && pending <= mine.at ? mine.at + 1 : pending;
      const doc = settingDoc(field, current[field], at, rand);
      push.push(doc);
      next[field] = { value: current[field], at, id: doc._id };
    }
  }
  if (Object.keys(patch).length > 0) local.store.getState().update(patch as Partial<Settings>);
  return { push, known: next };
}
