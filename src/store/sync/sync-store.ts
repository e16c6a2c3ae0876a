// Sync with the learner's own CouchDB (or Cloudant, or pouchdb-server): off until they connect. Runs rounds on load,
// after each change (debounced), every little while for the other devices' changes, and again with backoff after a
// failure. Grading never waits on it. The PouchDB client loads only once sync is on.
import * as v from 'valibot';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ProgressStore } from '../progress';
import type { SettingsStore } from '../settings';
import { PREFIX, type StorageAccess } from '../storage';
import { type CouchClient, type SyncCheckpoint, SyncError, startCheckpoint, syncRound } from './replicate';
import { settingFields } from './sync-docs';

export const SYNC_KEY = `${PREFIX}sync`;
const SYNC_VERSION = 1;

export type SyncPhase = 'off' | 'connecting' | 'syncing' | 'synced' | 'offline' | 'error';

export interface SyncState {
  /** Where this device syncs; undefined when sync is off. */
  target?: { url: string; database: string };
  phase: SyncPhase;
  /** What went wrong, in the learner's words (phase 'error' or 'offline'). */
  detail?: string;
  /** The server asked for a login: the form shows user and password. */
  needsSignIn: boolean;
  lastSyncedAt?: number;
  /** Documents on the server that are not valid Descent events: left there, never applied. */
  setAside: { id: string; reason: string }[];
  connect: (url: string, database: string, login?: { name: string; password: string }) => Promise<boolean>;
  disconnect: () => void;
  /** Asks for a round soon (after a change); rounds never overlap. */
  request: (delayMs?: number) => void;
  /** Another tab connected, disconnected or moved the checkpoint: follow it. */
  reload: () => void;
}

export type SyncStore = StoreApi<SyncState>;

const StoredSchema = v.object({
  url: v.pipe(v.string(), v.url()),
  database: v.pipe(v.string(), v.regex(/^[a-z][a-z0-9_$()+/-]*$/, 'must be a CouchDB database name')),
  checkpoint: v.object({
    pulled: v.string(),
    pushed: v.object({
      generation: v.string(),
      months: v.record(v.string(), v.number()),
      undone: v.number(),
      actions: v.number(),
      quizzes: v.number(),
    }),
    newest: v.string(),
    settings: v.record(v.string(), v.object({ value: v.unknown(), at: v.number(), id: v.string() })),
  }),
  changedAt: v.record(v.string(), v.number()),
  /** What was set aside, kept so the learner still sees it after a reload (its documents are pulled only once). */
  setAside: v.optional(v.array(v.object({ id: v.string(), reason: v.string() })), []),
});
type Stored = v.InferOutput<typeof StoredSchema>;

/** A CouchDB database name: lower case letter first, then lower case letters, digits and _$()+-/ (CouchDB's rule). */
export const isDatabaseName = (name: string) => /^[a-z][a-z0-9_$()+/-]*$/.test(name);

export interface SyncOptions {
  access: StorageAccess;
  progress: ProgressStore;
  settings: SettingsStore;
  now?: () => number;
  random?: () => number;
  /** Opens a client for a target; the app loads PouchDB here, tests may pass their own. */
  open?: (target: { url: string; database: string }) => Promise<CouchClient>;
  signIn?: (url: string, name: string, password: string) => Promise<void>;
  /** Timers and the online event: the window in the app, nothing in the prerender. */
  scheduler?: {
    setTimeout: (f: () => void, ms: number) => unknown;
    clearTimeout: (id: unknown) => void;
    onOnline?: (f: () => void) => void;
  };
}

const POLL_MS = 10_000;
const DEBOUNCE_MS = 1500;
const MAX_BACKOFF_MS = 60_000;

export function createSyncStore({
  access,
  progress,
  settings,
  now = () => Date.now(),
  random = Math.random,
  open = async (target) => (await loadClient()).openCouch(target),
  signIn = async (url, name, password) => (await loadClient()).signIn(url, name, password),
  scheduler,
}: SyncOptions): SyncStore {
  let stored: Stored | undefined;
  const read = access.read(SYNC_KEY, StoredSchema, SYNC_VERSION);
  if (read.status === 'ok') stored = read.data;
  const save = () => {
    if (stored) access.write(SYNC_KEY, JSON.stringify({ version: SYNC_VERSION, data: stored }));
    else access.remove(SYNC_KEY);
  };

  let client: CouchClient | undefined;
  let running = false;
  let again = false;
  let timer: unknown;
  let failures = 0;
  /** Bumped by connect and disconnect: a round of an older connection does not report into the new one. */
  let connection = 0;

  const store = createStore<SyncState>()((set, get) => {
    const schedule = (ms: number) => {
      if (!scheduler || !stored) return;
      if (timer !== undefined) scheduler.clearTimeout(timer);
      timer = scheduler.setTimeout(() => {
        timer = undefined;
        void round();
      }, ms);
    };

    const round = async (): Promise<boolean> => {
      if (!stored) return false;
      if (running) {
        again = true;
        return false;
      }
      running = true;
      const mine = connection;
      set({ phase: get().phase === 'synced' ? 'synced' : 'syncing' });
      try {
        client ??= await open({ url: stored.url, database: stored.database });
        if (mine !== connection || !stored) return false;
        if (get().phase !== 'synced') set({ phase: 'syncing' });
        const result = await syncRound(progress, client, stored.checkpoint as SyncCheckpoint, {
          store: settings,
          changedAt: stored.changedAt,
          random,
        });
        if (mine !== connection || !stored) return false;
        const setAside = mergeSetAside(stored.setAside, result.setAside).slice(0, 200);
        stored = { ...stored, checkpoint: result.checkpoint, setAside };
        save();
        failures = 0;
        set({ phase: 'synced', detail: undefined, needsSignIn: false, lastSyncedAt: now(), setAside });
        schedule(again ? 0 : POLL_MS);
        return true;
      } catch (error) {
        if (mine !== connection) return false;
        const failure =
          error instanceof SyncError
            ? error
            : new SyncError('server', (error as Error)?.message ?? 'unknown');
        failures++;
        client = undefined;
        set({
          phase: failure.kind === 'offline' ? 'offline' : 'error',
          detail: failure.message,
          needsSignIn: failure.kind === 'auth',
        });
        // Offline and server failures are retried with backoff; a refused login waits for the learner.
        if (failure.kind !== 'auth') schedule(Math.min(MAX_BACKOFF_MS, 2000 * 2 ** (failures - 1)));
        return false;
      } finally {
        running = false;
        if (again && mine === connection) {
          again = false;
          schedule(0);
        }
      }
    };

    return {
      target: stored ? { url: stored.url, database: stored.database } : undefined,
      phase: stored ? 'syncing' : 'off',
      needsSignIn: false,
      setAside: stored?.setAside ?? [],

      connect: async (url, database, login) => {
        connection++;
        client = undefined;
        const target = { url: url.trim().replace(/\/+$/, ''), database: database.trim() };
        // The target is set only once connected: until then the form (and what the learner typed) stays.
        set({ phase: 'connecting', detail: undefined, setAside: [] });
        try {
          if (login) await signIn(target.url, login.name, login.password);
          client = await open(target);
        } catch (error) {
          const failure = error instanceof SyncError ? error : new SyncError('server', String(error));
          set({
            phase: 'error',
            detail: failure.message,
            needsSignIn: failure.kind === 'auth',
            target: undefined,
          });
          stored = undefined;
          save();
          return false;
        }
        const { generation } = progress.getState();
        stored = {
          ...target,
          checkpoint: startCheckpoint(generation),
          changedAt: stored?.changedAt ?? {},
          setAside: [],
        };
        save();
        set({ target, needsSignIn: false });
        return round();
      },

      disconnect: () => {
        connection++;
        client = undefined;
        if (timer !== undefined) scheduler?.clearTimeout(timer);
        timer = undefined;
        stored = undefined;
        save();
        set({ target: undefined, phase: 'off', detail: undefined, needsSignIn: false, setAside: [] });
      },

      request: (delayMs = DEBOUNCE_MS) => {
        if (stored) schedule(delayMs);
      },

      reload: () => {
        const again = access.read(SYNC_KEY, StoredSchema, SYNC_VERSION);
        const next = again.status === 'ok' ? again.data : undefined;
        const moved = next?.url !== stored?.url || next?.database !== stored?.database;
        stored = next;
        if (!moved) return;
        connection++;
        client = undefined;
        if (!next) {
          if (timer !== undefined) scheduler?.clearTimeout(timer);
          timer = undefined;
          set({ target: undefined, phase: 'off', detail: undefined, needsSignIn: false, setAside: [] });
          return;
        }
        set({
          target: { url: next.url, database: next.database },
          phase: 'syncing',
          setAside: next.setAside,
        });
        schedule(0);
      },
    };
  });

  // Changes to progress are sent soon after they happen; settings changes remember when they were made here.
  progress.subscribe((s, prev) => {
    if (
      s.log !== prev.log ||
      s.undone !== prev.undone ||
      s.actions !== prev.actions ||
      s.quizzes !== prev.quizzes
    )
      store.getState().request();
  });
  settings.subscribe((s, prev) => {
    if (!stored) return;
    const changed = settingFields.filter((k) => s[k] !== prev[k]);
    if (changed.length === 0) return;
    const at = now();
    stored = {
      ...stored,
      changedAt: { ...stored.changedAt, ...Object.fromEntries(changed.map((k) => [k, at])) },
    };
    save();
    store.getState().request();
  });
  scheduler?.onOnline?.(() => store.getState().request(0));
  if (stored) store.getState().request(0);
  return store;
}

/** The PouchDB client, loaded on first use; a failed load (offline before it was ever cached) is retried later. */
async function loadClient(): Promise<typeof import('./couch-client')> {
  try {
    return await import('./couch-client');
  } catch {
    throw new SyncError('offline', 'the sync code could not be loaded: this device seems to be offline');
  }
}

function mergeSetAside(
  had: SyncState['setAside'],
  added: readonly { id: string; reason: string }[],
): SyncState['setAside'] {
  if (added.length === 0) return had;
  const ids = new Set(had.map((x) => x.id));
  return [...had, ...added.filter((x) => !ids.has(x.id)).map(({ id, reason }) => ({ id, reason }))];
}
