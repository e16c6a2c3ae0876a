// Found by review: cross-tab sync, storage failures and newer-version handling that break "progress is the replay of its log".
import { describe, expect, it } from 'vitest';
import { type LogEvent, replayAll } from '../../src/engine/replay';
import { applyImport } from '../../src/store/actions';
import { PROGRESS_KEY } from '../../src/store/progress-storage';
import { createStores } from '../../src/store/stores';
import { importOf, reviewAt } from '../log-events';
import { createTabs, MemoryStorage } from '../memory-storage';

const t0 = Date.parse('2026-02-10T09:00:00Z');
const all = (p: { log: Record<string, readonly LogEvent[]> }) => Object.values(p.log).flat();

const ev = (s: number, card: string, grade: LogEvent['grade'] = 3, rand = 'abcdef') =>
  reviewAt(t0, s, card, grade, rand);

describe('another tab clears storage (a storage event with key === null)', () => {
  it('an undone review stays undone after the next grade and a reload', () => {
    const clock = { t: t0 };
    const { tabs, storage, open } = createTabs(1, { now: () => new Date(clock.t) });
    const a = tabs[0]?.stores.progress;
    const undoneId = a?.getState().grade('gpt-2/c1', 3, 's');
    a?.getState().undo('s');
    clock.t += 60_000;
    a?.getState().grade('gpt-2/c2', 3, 's');
    // Another tab calls localStorage.clear(): the browser fires `storage` with key null in this one.
    storage.clear();
    for (const l of tabs[0]?.target.listeners ?? []) l({ key: null } as StorageEvent);
    clock.t += 60_000;
    a?.getState().grade('gpt-2/c3', 3, 's');
    const mem = a?.getState();
    expect(mem?.undone).toContain(undoneId);
    // A reload reads storage: the month this tab rewrote holds the undone review, but the head with its tombstone
    // was never rewritten (it equals what this tab last wrote), so the undone review comes back.
    const r = open().stores.progress.getState();
    expect(r.undone).toContain(undoneId);
    expect(
      Object.values(r.reviews)
        .flat()
        .map((e) => e.id),
    ).not.toContain(undoneId);
    expect(r.cards).toEqual(mem?.cards);
  });
});

describe('a month left pending after a failed write is later written without reading it first', () => {
  it('a review another tab wrote to that month is not overwritten', () => {
    const clock = { t: t0 };
    const { tabs, storage, open } = createTabs(2, { now: () => new Date(clock.t) });
    const [a, b] = tabs.map((x) => x.stores.progress);
    a?.getState().grade('gpt-2/c1', 3, 'a');
    // Storage is full: A's next review of this month is kept in memory, its month pending.
    storage.quota = storage.size() + 10;
    clock.t += 60_000;
    a?.getState().grade('gpt-2/c2', 3, 'a');
    expect(tabs[0]?.stores.status.getState().problems).toEqual([
      { kind: 'write-failed', detail: 'browser storage is full' },
    ]);
    // Room again. B (which has not heard A's failed write) grades in the same month, then its tab is closed.
    storage.quota = Number.POSITIVE_INFINITY;
    clock.t += 60_000;
    const fromB = b?.getState().grade('double-descent/c1', 3, 'b');
    tabs[1]?.sync.dispose();
    // A undoes its last review: only the head changes, and the pending month is retried with it.
    a?.getState().undo('a');
    storage.queue.length = 0;
    const r = open().stores.progress.getState();
    expect(all(r).map((e) => e.id)).toContain(fromB);
  });
});

describe('a failed Replace forgets writes that were already failing', () => {
  const setUp = () => {
    const clock = { t: t0 };
    const storage = new MemoryStorage();
    const stores = createStores({ storage, now: () => new Date(clock.t) });
    const progress = () => stores.progress.getState();
    progress().grade('gpt-2/c1', 3, 's');
    storage.quota = storage.size() + 10;
    clock.t += 60_000;
    progress().grade('gpt-2/c2', 3, 's');
    expect(stores.status.getState().problems).toEqual([
      { kind: 'write-failed', detail: 'browser storage is full' },
    ]);
    // The learner tries to Replace with a file too big for what is left: it is refused, "nothing was changed".
    const big = {
      '2026-01': Array.from({ length: 200 }, (_, i) =>
        ev(-30 * 86_400 + i * 60, 'gpt-2/c3', 3, `a${i.toString(36).padStart(5, '0')}`),
      ),
    };
    expect(applyImport(stores, importOf(big), 'replace', 'big.json').ok).toBe(false);
    expect(all(progress())).toHaveLength(2);
    return { clock, storage, stores, progress };
  };

  it('the "not being saved" notice stays while a review is only in memory', () => {
    const { stores } = setUp();
    expect(stores.status.getState().problems).toEqual([
      { kind: 'write-failed', detail: 'browser storage is full' },
    ]);
  });

  it('the review only in memory is written with the next change', () => {
    const { clock, storage, progress } = setUp();
    storage.quota = Number.POSITIVE_INFINITY;
    // The next change is in another month (or only touches the head, like an undo): February is never retried.
    clock.t = Date.parse('2026-03-05T09:00:00Z');
    progress().grade('gpt-2/c4', 3, 's');
    const r = createStores({ storage, now: () => new Date(clock.t) }).progress.getState();
    expect(all(r)).toHaveLength(3);
  });
});

describe('a Merge import that does not fit', () => {
  it('says so and leaves the stored data as it was', () => {
    const storage = new MemoryStorage();
    const stores = createStores({ storage, now: () => new Date(t0) });
    stores.progress.getState().grade('gpt-2/c1', 3, 's');
    const snapshot = () =>
      new Map(
        Array.from({ length: storage.length }, (_, i) => storage.key(i) as string).map((k) => [
          k,
          storage.getItem(k),
        ]),
      );
    const before = snapshot();
    storage.quota = storage.size() + 400;
    // Two months: December fits, January does not.
    const file = {
      '2025-12': [ev(-60 * 86_400, 'gpt-2/c3', 3, 'zzzzzz')],
      '2026-01': Array.from({ length: 200 }, (_, i) =>
        ev(-30 * 86_400 + i * 60, 'gpt-2/c2', 3, `a${i.toString(36).padStart(5, '0')}`),
      ),
    };
    const result = applyImport(stores, importOf(file), 'merge', 'big.json');
    // Storage now holds part of the file (December) but not the rest, and the learner is told it merged.
    expect([...snapshot().keys()].sort()).toEqual([...before.keys()].sort());
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/does not fit/) });
  });
});

describe('a tab that went read-only for a newer version writes nothing', () => {
  const newer = () => {
    const storage = new MemoryStorage();
    storage.setItem(PROGRESS_KEY, JSON.stringify({ version: 4, data: { future: true } }));
    storage.setItem('descent:settings', JSON.stringify({ version: 3, data: { future: 'settings' } }));
    storage.writes = [];
    return storage;
  };

  it('changing a setting does not overwrite the newer version’s settings', () => {
    const storage = newer();
    const stores = createStores({ storage, now: () => new Date(t0) });
    expect(stores.progress.getState().readOnly).toBe(true);
    stores.settings.getState().update({ retention: 0.85 });
    expect(storage.getItem('descent:settings')).toBe(
      JSON.stringify({ version: 3, data: { future: 'settings' } }),
    );
    expect(storage.writes).toEqual([]);
  });

  it('starting a quiz writes nothing', () => {
    const storage = newer();
    const stores = createStores({ storage, now: () => new Date(t0) });
    stores.quiz.getState().start('Everything', [
      {
        id: 'q',
        conceptId: 'gpt-2',
        prompt: 'p',
        explanation: 'e',
        kind: 'true-false',
        options: ['True', 'False'],
        answer: 0,
      },
    ]);
    expect(storage.writes).toEqual([]);
  });
});

describe('incremental replay after a tombstone that arrived before its review', () => {
  it('cards stay the replay of the log when the clock then goes back', () => {
    const clock = { t: Date.parse('2026-03-31T23:58:00Z') };
    let seed = 7;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const { tabs, deliver } = createTabs(2, { now: () => new Date(clock.t), random });
    const [a, b] = tabs.map((x) => x.stores.progress);
    a?.getState().grade('gpt-2/c2', 3, 'a1');
    clock.t += 60_000;
    // The last event of March is A's review of gpt-2/c1.
    a?.getState().grade('gpt-2/c1', 3, 'a2');
    deliver();
    clock.t = Date.parse('2026-04-01T00:00:10Z');
    b?.getState().grade('gpt-2/c1', 3, 'b');
    b?.getState().undo('b');
    // A writes its own undo before hearing B: its read of the head brings B's tombstone in first.
    a?.getState().undo('a1');
    deliver();
    const check = () => {
      const s = a?.getState();
      expect(s?.cards).toEqual(replayAll(all(s ?? { log: {} }), new Set(s?.undone)));
    };
    check();
    // The clock goes back 90 s: a new review of gpt-2/c1 must still be logged after its last one.
    clock.t = Date.parse('2026-03-31T23:57:30Z');
    a?.getState().grade('gpt-2/c1', 1, 'a3');
    check();
  });
});
