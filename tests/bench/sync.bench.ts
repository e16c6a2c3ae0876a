// npm run bench: the first sync of a year's log (about 110k events) with a real pouchdb-server on this machine: one
// device pushes it all, another pulls it all. Events per second follow from the times (bench prints them).
import { afterAll, beforeAll, bench, describe } from 'vitest';
import { deckCards } from '../../src/content/deck';
import type { LogEvent } from '../../src/engine/replay';
import { makeEventId, monthOf } from '../../src/store/log-codec';
import type { ProgressData } from '../../src/store/progress-schema';
import { createStores } from '../../src/store/stores';
import { openCouch } from '../../src/store/sync/couch-client';
import { startCheckpoint, syncRound } from '../../src/store/sync/replicate';
import { MemoryStorage } from '../memory-storage';
import { startPouchServer, type TestCouch } from '../pouchdb-server';

const keys = deckCards.map((c) => c.key);
const start = Date.parse('2025-01-01T08:00:00Z');

function year(): Pick<ProgressData, 'log' | 'undone' | 'quizzes' | 'actions'> {
  let seed = 1;
  const random = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  const log: Record<string, LogEvent[]> = {};
  for (let day = 0; day < 365; day++)
    for (let i = 0; i < 300; i++) {
      const at = Math.floor((start + day * 86_400_000 + i * 60_000) / 1000) * 1000;
      const e: LogEvent = {
        id: makeEventId(at, random),
        card: keys[Math.floor(random() * keys.length)] as string,
        grade: (1 + Math.floor(random() * 4)) as LogEvent['grade'],
        state: 2,
        at,
        retention: 0.9,
        weights: 1,
      };
      const list = log[monthOf(at)];
      if (list) list.push(e);
      else log[monthOf(at)] = [e];
    }
  return { log, undone: [], quizzes: [], actions: [] };
}

let couch: TestCouch;
beforeAll(async () => {
  couch = await startPouchServer(5970);
});
afterAll(() => couch?.stop());

const events = year();
let run = 0;

describe('first sync of a year (109,500 events) with pouchdb-server', () => {
  bench(
    'push it all from one device, then pull it all on another',
    async () => {
      const database = `year-${++run}`;
      const a = createStores({ storage: new MemoryStorage() });
      a.progress.getState().merge(events);
      const t0 = performance.now();
      const pushed = await syncRound(
        a.progress,
        await openCouch({ url: couch.url, database }),
        startCheckpoint('first'),
      );
      const t1 = performance.now();
      const b = createStores({ storage: new MemoryStorage() });
      const pulled = await syncRound(
        b.progress,
        await openCouch({ url: couch.url, database }),
        startCheckpoint('first'),
      );
      const t2 = performance.now();
      console.log(
        `pushed ${pushed.pushed} in ${((t1 - t0) / 1000).toFixed(1)} s (${Math.round(pushed.pushed / ((t1 - t0) / 1000))}/s); ` +
          `pulled ${pulled.pulled} in ${((t2 - t1) / 1000).toFixed(1)} s (${Math.round(pulled.pulled / ((t2 - t1) / 1000))}/s)`,
      );
    },
    { iterations: 1, warmupIterations: 0, time: 0, warmupTime: 0 },
  );
});
