// The sync controller: connecting, what the learner is told in each state, retrying, and Disconnect keeping progress.
import { describe, expect, it } from 'vitest';
import { createStores } from '../../src/store/stores';
import type { CouchClient } from '../../src/store/sync/replicate';
import { SyncError } from '../../src/store/sync/replicate';
import { SYNC_KEY } from '../../src/store/sync/sync-store';
import { MemoryCouch } from '../couch-memory';
import { MemoryStorage } from '../memory-storage';

const A = 'double-descent/c1';
const t0 = Date.parse('2026-03-01T09:00:00Z');

/** Timers run by hand: `flush` runs what is due. */
function manualTimers() {
  let queue: { id: number; f: () => void }[] = [];
  let next = 0;
  let online: (() => void) | undefined;
  return {
    scheduler: {
      setTimeout: (f: () => void) => {
        queue.push({ id: ++next, f });
        return next;
      },
      clearTimeout: (id: unknown) => {
        queue = queue.filter((t) => t.id !== id);
      },
      onOnline: (f: () => void) => {
        online = f;
      },
    },
    async flush() {
      const due = queue;
      queue = [];
      for (const t of due) t.f();
      await new Promise((r) => setTimeout(r, 0));
      await new Promise((r) => setTimeout(r, 0));
    },
    goOnline: () => online?.(),
    pending: () => queue.length,
  };
}

function device(
  server: MemoryCouch,
  storage = new MemoryStorage(),
  fail: { next?: 'offline' | 'mid-push' } = {},
) {
  const timers = manualTimers();
  const stores = createStores({
    storage,
    now: () => new Date(t0),
    scheduler: timers.scheduler,
    openCouch: async () => server.client(fail),
  });
  return { stores, timers, fail, storage };
}

describe('sync controller', () => {
  it('is off until connected; Connect syncs and says "synced"', async () => {
    const server = new MemoryCouch();
    const a = device(server);
    expect(a.stores.sync.getState().phase).toBe('off');
    a.stores.progress.getState().grade(A, 3);
    expect(await a.stores.sync.getState().connect('http://localhost:5984', 'descent')).toBe(true);
    expect(a.stores.sync.getState().phase).toBe('synced');
    expect(server.docs.size).toBe(1);
    expect(JSON.parse(a.storage.getItem(SYNC_KEY) ?? '{}').data.url).toBe('http://localhost:5984');
  });

  it('a grade is pushed by the next round, without waiting on the network to grade', async () => {
    const server = new MemoryCouch();
    const a = device(server);
    await a.stores.sync.getState().connect('http://localhost:5984', 'descent');
    expect(a.stores.progress.getState().grade(A, 3)).toBeDefined();
    expect(server.docs.size).toBe(0);
    await a.timers.flush();
    expect(server.docs.size).toBe(1);
  });

  it('offline: says changes wait, retries, and catches up when back', async () => {
    const server = new MemoryCouch();
    const a = device(server);
    await a.stores.sync.getState().connect('http://localhost:5984', 'descent');
    a.fail.next = 'offline';
    a.stores.progress.getState().grade(A, 3);
    await a.timers.flush();
    expect(a.stores.sync.getState().phase).toBe('offline');
    expect(a.stores.sync.getState().detail).toMatch(/offline/);
    expect(a.timers.pending()).toBe(1);
    await a.timers.flush();
    expect(a.stores.sync.getState().phase).toBe('synced');
    expect(server.docs.size).toBe(1);
  });

  it('a refused login asks for the user name and password, and keeps nothing', async () => {
    const a = device(new MemoryCouch());
    const open = async (): Promise<CouchClient> => {
      throw new SyncError('auth', 'the server refused the user name or password');
    };
    const stores = createStores({ storage: new MemoryStorage(), openCouch: open });
    expect(await stores.sync.getState().connect('http://localhost:5984', 'descent')).toBe(false);
    expect(stores.sync.getState()).toMatchObject({ phase: 'error', needsSignIn: true, target: undefined });
    expect(a.stores.sync.getState().phase).toBe('off');
  });

  it('Disconnect stops sync and keeps local progress', async () => {
    const server = new MemoryCouch();
    const a = device(server);
    await a.stores.sync.getState().connect('http://localhost:5984', 'descent');
    a.stores.progress.getState().grade(A, 3);
    a.stores.sync.getState().disconnect();
    await a.timers.flush();
    expect(a.stores.sync.getState().phase).toBe('off');
    expect(server.docs.size).toBe(0);
    expect(a.stores.progress.getState().cards[A]).toBeDefined();
    expect(a.storage.getItem(SYNC_KEY)).toBeNull();
  });

  it('documents that are not Descent’s are listed as set aside', async () => {
    const server = new MemoryCouch();
    server.put({ _id: 'todo-1', title: 'buy milk' });
    const a = device(server);
    await a.stores.sync.getState().connect('http://localhost:5984', 'descent');
    expect(a.stores.sync.getState().setAside.map((x) => x.id)).toEqual(['todo-1']);
  });

  it('a reload syncs again from where it stopped', async () => {
    const server = new MemoryCouch();
    const a = device(server);
    await a.stores.sync.getState().connect('http://localhost:5984', 'descent');
    const again = device(server, a.storage);
    expect(again.stores.sync.getState().target).toEqual({
      url: 'http://localhost:5984',
      database: 'descent',
    });
    await again.timers.flush();
    expect(again.stores.sync.getState().phase).toBe('synced');
  });
});
