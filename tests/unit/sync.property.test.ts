// Model-based: devices grade, undo, mark cards, reset and sync through one CouchDB-protocol server, with failures
// (offline, a server gone mid-push) at any point. Once every device has synced after the last change, all hold the
// same progress, and it is the replay of the log.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replayActions } from '../../src/engine/card-actions';
import { replayAll } from '../../src/engine/replay';
import { createStores, type Stores } from '../../src/store/stores';
import { type SyncCheckpoint, startCheckpoint, syncRound } from '../../src/store/sync/replicate';
import { readDoc, reviewDoc } from '../../src/store/sync/sync-docs';
import { MemoryCouch } from '../couch-memory';
import { reviewAt } from '../log-events';
import { MemoryStorage } from '../memory-storage';

const CARDS = ['double-descent/c1', 'gpt-2/c1', 'early-stopping/c1'];
const start = Date.parse('2026-03-01T09:00:00Z');

interface Device {
  stores: Stores;
  checkpoint: SyncCheckpoint;
  fail: { next?: 'offline' | 'mid-push' };
  /** When each setting was last changed on this device. */
  changedAt: Record<string, number>;
  random: () => number;
}

interface World {
  server: MemoryCouch;
  devices: Device[];
  clock: { t: number };
  /** Every settings change made, with its time. */
  changes: { at: number; retention: number; newPerDay: number }[];
}

const progress = (d: Device) => d.stores.progress.getState();

async function sync(w: World, d: Device) {
  try {
    const round = await syncRound(d.stores.progress, w.server.client(d.fail), d.checkpoint, {
      store: d.stores.settings,
      changedAt: d.changedAt,
      random: d.random,
    });
    d.checkpoint = round.checkpoint;
  } catch {
    // A failed round keeps its checkpoint: the next one repeats what was not confirmed.
  }
}

function world(n: number, seed: number): World {
  const clock = { t: start };
  let r = seed;
  const random = () => {
    r = (r * 16807) % 2147483647;
    return r / 2147483647;
  };
  const devices = Array.from({ length: n }, () => {
    const stores = createStores({ storage: new MemoryStorage(), now: () => new Date(clock.t), random });
    return {
      stores,
      checkpoint: startCheckpoint(stores.progress.getState().generation),
      fail: {},
      changedAt: {},
      random,
    };
  });
  return { server: new MemoryCouch(), devices, clock, changes: [] };
}

type Command = fc.AsyncCommand<object, World>;
const cmd = (name: string, run: (w: World) => Promise<void> | void): Command => ({
  check: () => true,
  run: async (_m, w) => {
    await run(w);
    for (const d of w.devices) {
      const s = progress(d);
      expect(s.cards).toEqual(replayAll(Object.values(s.log).flat(), new Set(s.undone)));
    }
  },
  toString: () => name,
});

const commands = (n: number) => {
  const device = fc.nat({ max: n - 1 });
  return [
    fc
      .record({
        d: device,
        card: fc.constantFrom(...CARDS),
        g: fc.constantFrom(1, 3, 4) as fc.Arbitrary<1 | 3 | 4>,
      })
      .map(({ d, card, g }) =>
        cmd(`grade(${d}, ${card}, ${g})`, (w) => {
          progress(w.devices[d] as Device).grade(card, g, 's');
        }),
      ),
    device.map((d) => cmd(`undo(${d})`, (w) => void progress(w.devices[d] as Device).undo('s'))),
    fc
      .record({
        d: device,
        card: fc.constantFrom(...CARDS),
        kind: fc.constantFrom('suspend', 'flag', 'bury'),
      })
      .map(({ d, card, kind }) =>
        cmd(`mark(${d}, ${card}, ${kind})`, (w) => {
          progress(w.devices[d] as Device).mark(card, kind as 'flag', 's');
        }),
      ),
    device.map((d) => cmd(`reset(${d})`, (w) => void progress(w.devices[d] as Device).reset())),
    fc
      .record({ d: device, retention: fc.constantFrom(0.85, 0.9, 0.95), perDay: fc.constantFrom(10, 20, 30) })
      .map(({ d, retention, perDay }) =>
        cmd(`settings(${d}, ${retention}, ${perDay})`, (w) => {
          const device = w.devices[d] as Device;
          device.stores.settings.getState().update({ retention, newPerDay: perDay });
          device.changedAt.retention = w.clock.t;
          device.changedAt.newPerDay = w.clock.t;
          w.changes.push({ at: w.clock.t, retention, newPerDay: perDay });
        }),
      ),
    fc
      .record({ d: device, fail: fc.constantFrom(undefined, undefined, 'offline', 'mid-push') })
      .map(({ d, fail }) =>
        cmd(`sync(${d}${fail ? `, ${fail}` : ''})`, async (w) => {
          const device = w.devices[d] as Device;
          device.fail.next = fail as Device['fail']['next'];
          await sync(w, device);
          // The failure belonged to this round (a round with nothing to push never reaches the push).
          device.fail.next = undefined;
        }),
      ),
    fc.integer({ min: 1, max: 86_400 }).map((s) =>
      cmd(`wait(${s}s)`, (w) => {
        w.clock.t += s * 1000;
      }),
    ),
  ];
};

describe('sync through a CouchDB-protocol server (model-based)', () => {
  it('any interleaving of device steps, syncs and failures ends with every device holding the same log', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc
          .integer({ min: 2, max: 3 })
          .chain((n) =>
            fc.tuple(
              fc.constant(n),
              fc.commands(commands(n), { maxCommands: 40 }),
              fc.integer({ min: 1, max: 1e9 }),
            ),
          ),
        async ([n, cmds, seed]) => {
          const w = world(n, seed);
          await fc.asyncModelRun(() => ({ model: {}, real: w }), cmds);
          // Everyone syncs, twice round (the last device's push reaches the first on the second round).
          for (let round = 0; round < 2; round++) for (const d of w.devices) await sync(w, d);
          const [first, ...rest] = w.devices.map(progress);
          if (!first) return;
          const ids = (s: typeof first) =>
            Object.values(s.log)
              .flat()
              .map((e) => e.id)
              .sort();
          for (const s of rest) {
            expect(s.generation).toBe(first.generation);
            expect(ids(s)).toEqual(ids(first));
            expect([...s.undone].sort()).toEqual([...first.undone].sort());
            expect(s.actions.map((a) => a.id)).toEqual(first.actions.map((a) => a.id));
            expect(s.cards).toEqual(first.cards);
            expect(s.marks).toEqual(replayActions(first.actions, new Set(first.undone)).marks);
          }
          // Settings: the newest change of each field, everywhere.
          const settingsOf = (d: Device) => {
            const { retention, newPerDay } = d.stores.settings.getState();
            return { retention, newPerDay };
          };
          for (const d of w.devices) expect(settingsOf(d)).toEqual(settingsOf(w.devices[0] as Device));
          const last = w.changes.at(-1);
          // When one change is the newest (no other at the same second), it is the one every device holds.
          if (last && w.changes.filter((c) => c.at === last.at).length === 1)
            expect(settingsOf(w.devices[0] as Device)).toEqual({
              retention: last.retention,
              newPerDay: last.newPerDay,
            });
          // No review doubled: each id once in the log.
          expect(new Set(ids(first)).size).toBe(ids(first).length);
        },
      ),
      { numRuns: Number(process.env.SYNC_RUNS ?? 300) },
    );
  });
});

describe('what a device pulls is validated', () => {
  it('sets aside documents that are not Descent events, and applies the rest', async () => {
    const w = world(2, 7);
    const [a, b] = w.devices as [Device, Device];
    progress(a).grade(CARDS[0] as string, 3);
    await sync(w, a);
    w.server.put({ _id: 'hello', type: 'note', text: 'not ours' });
    const forged = reviewDoc('first', reviewAt(start, 5, CARDS[1] as string, 3));
    w.server.put({ ...forged, _id: 'first:somethingelse' });
    w.server.put({
      _id: 'first:zzzzzzzzzz',
      type: 'review',
      generation: 'first',
      event: { id: 'zzzzzzzzzz' },
    });
    const round = await syncRound(b.stores.progress, w.server.client(), b.checkpoint);
    expect(round.setAside.map((x) => x.id).sort()).toEqual([
      'first:somethingelse',
      'first:zzzzzzzzzz',
      'hello',
    ]);
    expect(Object.values(progress(b).log).flat()).toHaveLength(1);
  });

  it('reads back every kind of document it writes', () => {
    const doc = reviewDoc('first', reviewAt(start, 0, CARDS[0] as string, 3));
    expect(readDoc(JSON.parse(JSON.stringify(doc)))).toEqual({ ok: true, doc });
  });
});
