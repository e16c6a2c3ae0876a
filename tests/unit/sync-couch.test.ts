// Sync against a real CouchDB-protocol server (pouchdb-server in memory), through PouchDB's HTTP adapter.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStores, type Stores } from '../../src/store/stores';
import { openCouch } from '../../src/store/sync/couch-client';
import { type SyncCheckpoint, startCheckpoint, syncRound } from '../../src/store/sync/replicate';
import { MemoryStorage } from '../memory-storage';
import { startPouchServer, type TestCouch } from '../pouchdb-server';

let couch: TestCouch;
beforeAll(async () => {
  couch = await startPouchServer(5990 + Math.floor(Math.random() * 8));
}, 30_000);
afterAll(() => couch?.stop());

const A = 'double-descent/c1';
const B = 'gpt-2/c1';

function device(clock: { t: number }) {
  const stores = createStores({ storage: new MemoryStorage(), now: () => new Date(clock.t) });
  return { stores, checkpoint: startCheckpoint(stores.progress.getState().generation) as SyncCheckpoint };
}

async function sync(d: { stores: Stores; checkpoint: SyncCheckpoint }, database: string) {
  const client = await openCouch({ url: couch.url, database });
  const round = await syncRound(d.stores.progress, client, d.checkpoint);
  d.checkpoint = round.checkpoint;
  return round;
}

describe('two devices through pouchdb-server', () => {
  it('a grade, an undo, a card action and a reset reach the other device', async () => {
    const clock = { t: Date.parse('2026-03-01T09:00:00Z') };
    const a = device(clock);
    const b = device(clock);
    a.stores.progress.getState().grade(A, 3, 's');
    clock.t += 60_000;
    a.stores.progress.getState().grade(B, 4, 's');
    a.stores.progress.getState().mark(B, 'flag');
    await sync(a, 'two-devices');
    await sync(b, 'two-devices');
    expect(b.stores.progress.getState().cards).toEqual(a.stores.progress.getState().cards);
    expect(b.stores.progress.getState().marks.get(B)?.flagged).toBe(true);

    a.stores.progress.getState().undo('s');
    await sync(a, 'two-devices');
    await sync(b, 'two-devices');
    expect(b.stores.progress.getState().cards[B]).toBeUndefined();

    clock.t += 60_000;
    a.stores.progress.getState().reset();
    await sync(a, 'two-devices');
    const round = await sync(b, 'two-devices');
    expect(round.adopted).toBe(a.stores.progress.getState().generation);
    expect(b.stores.progress.getState().log).toEqual({});
  }, 30_000);

  it('sets aside a document that is not Descent’s and applies the rest', async () => {
    const clock = { t: Date.parse('2026-03-01T09:00:00Z') };
    const a = device(clock);
    a.stores.progress.getState().grade(A, 3);
    await sync(a, 'garbage');
    await fetch(`${couch.url}/garbage`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ _id: 'first:nonsense', type: 'review', generation: 'first', event: 42 }),
    });
    const b = device(clock);
    const round = await sync(b, 'garbage');
    expect(round.setAside.map((x) => x.id)).toEqual(['first:nonsense']);
    expect(Object.values(b.stores.progress.getState().log).flat()).toHaveLength(1);
  }, 30_000);

  it('says what went wrong when the server is not there', async () => {
    await expect(openCouch({ url: 'http://127.0.0.1:9', database: 'x' })).rejects.toMatchObject({
      kind: 'cors',
    });
  });
});
