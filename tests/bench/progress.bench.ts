// npm run bench: grade + persist as the log grows, rebuilding every card from a year's log, merging two tabs, the
// study queue for 10k cards, and the bytes a year takes.
import { bench, describe } from 'vitest';
import { deckCards } from '../../src/content/deck';
import type { CardMarks } from '../../src/engine/card-actions';
import { nextCard, queueCounts } from '../../src/engine/queue';
import { type LogEvent, type MonthStarts, replayAll, replayChanged } from '../../src/engine/replay';
import { applyGrade, type StoredCard } from '../../src/engine/scheduler';
import { makeEventId, monthOf } from '../../src/store/log-codec';
import { mergeProgress } from '../../src/store/merge';
import type { ProgressData } from '../../src/store/progress-schema';
import { createProgressPersistence } from '../../src/store/progress-storage';
import { queueFor, type StudyToday } from '../../src/store/selectors';
import { openStorage } from '../../src/store/storage';
import { createStores } from '../../src/store/stores';
import { createTabs, MemoryStorage, SharedStorage } from '../memory-storage';

const keys = deckCards.map((c) => c.key);
const DAY = 86_400_000;
const start = Date.parse('2025-01-01T08:00:00Z');

function seeded(seed: number) {
  return () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
}

/** Logs a review of `card` at `at` into its month. */
function logReview(
  log: Record<string, LogEvent[]>,
  at: number,
  card: string,
  grade: LogEvent['grade'],
  random: () => number,
) {
  const event: LogEvent = {
    id: makeEventId(at, random),
    card,
    grade,
    state: 2,
    at,
    retention: 0.9,
    weights: 1,
  };
  const month = monthOf(at);
  const list = log[month];
  if (list) list.push(event);
  else log[month] = [event];
}

/** A year at 300 reviews a day over the deck's cards: about 110k logged reviews. */
function yearOfProgress(): ProgressData {
  const log: Record<string, LogEvent[]> = {};
  const random = seeded(1);
  for (let day = 0; day < 365; day++) {
    for (let i = 0; i < 300; i++) {
      const at = Math.floor((start + day * DAY + i * 60_000) / 1000) * 1000;
      const card = keys[Math.floor(random() * keys.length)] as string;
      logReview(log, at, card, (1 + Math.floor(random() * 4)) as LogEvent['grade'], random);
    }
  }
  return { generation: 'first', log, undone: [], quizzes: [], actions: [] };
}

const year = yearOfProgress();
const yearEvents = Object.values(year.log).flat();
const entries = yearEvents.length;

/** Storage holding the year, written the way the app writes it. */
function storedYear<S extends MemoryStorage>(storage: S = new MemoryStorage() as S): S {
  const access = openStorage(storage, () => {});
  createProgressPersistence(access, () => 0.9).replace(year);
  return storage;
}

function sharedYear(): SharedStorage {
  const storage = storedYear(new SharedStorage());
  storage.queue.length = 0;
  return storage;
}

{
  const storage = storedYear();
  console.log(
    `stored bytes for a year: ${entries} reviews in ${Object.keys(year.log).length} monthly chunks = ${(storage.size() / 1e6).toFixed(2)} MB (${(storage.size() / entries).toFixed(1)} bytes per review)`,
  );
}

const grader = (from: string, storage: () => MemoryStorage) => {
  let t = Date.parse(from);
  let stores = createStores({ storage: storage(), now: () => new Date(t) });
  return {
    run: () => {
      t += 1000;
      stores.progress.getState().grade(keys[(t / 1000) % keys.length] as string, 3, 'bench');
    },
    setup: () => {
      t = Date.parse(from);
      stores = createStores({ storage: storage(), now: () => new Date(t) });
    },
  };
};

describe('grade + persist', () => {
  const empty = grader('2026-01-15T08:00:00Z', () => new MemoryStorage());
  bench('with 0 logged reviews', () => empty.run(), { setup: empty.setup, time: 1500 });
  const fresh = grader('2026-01-01T08:00:00Z', storedYear);
  bench(`with ${entries} logged reviews, first day of a new month`, () => fresh.run(), {
    setup: fresh.setup,
    time: 1500,
  });
  // The worst case: the last day of the year, when the month being rewritten is already full (about 9,300 reviews).
  const full = grader('2025-12-31T20:00:00Z', storedYear);
  bench(`with ${entries} logged reviews, last day of a full month`, () => full.run(), {
    setup: full.setup,
    time: 1500,
  });
});

describe('rebuild', () => {
  bench(
    `every card state from a year's log (${entries} reviews)`,
    () => {
      replayAll(yearEvents, new Set());
    },
    { iterations: 10, time: 0 },
  );
  const storage = storedYear();
  bench(
    `loading a year from storage: read, decode, validate, replay (${entries} reviews)`,
    () => {
      createStores({ storage });
    },
    { iterations: 5, time: 0 },
  );
});

describe('merge', () => {
  // Two tabs share the year, then each logs 500 reviews the other has not seen: 1,000 differing reviews.
  const random = seeded(7);
  const tab = (offset: number): ProgressData => {
    const log: Record<string, LogEvent[]> = Object.fromEntries(
      Object.entries(year.log).map(([m, e]) => [m, [...e]]),
    );
    for (let i = 0; i < 500; i++) {
      const at = Date.parse('2026-01-05T08:00:00Z') + (i * 2 + offset) * 60_000;
      logReview(log, at, keys[(i * 7 + offset) % keys.length] as string, 3, random);
    }
    return { ...year, log };
  };
  const a = tab(0);
  const b = tab(1);
  const starts: MonthStarts = new Map();
  const aCards = replayAll(Object.values(a.log).flat(), new Set(), starts);
  const lastOf = new Map<string, LogEvent>();
  for (const e of Object.values(a.log).flat()) lastOf.set(e.card, e);
  bench('two tabs with 1,000 differing reviews, interleaved on the same cards: union, then replay', () => {
    const outcome = mergeProgress(a, b);
    // A fresh copy of tab A's checkpoints each run: the replay updates them in place.
    const copy: MonthStarts = new Map([...starts].map(([k, m]) => [k, new Map(m)]));
    replayChanged(
      aCards,
      (k) => lastOf.get(k),
      Object.values(outcome.data.log),
      new Set(),
      outcome.changedCards,
      copy,
    );
  });
});

describe('tab sync', () => {
  // The path a real merge takes: tab A grades on the last day of a full month; tab B hears the storage event and
  // reads, decodes, validates, merges and replays what changed.
  let t = Date.parse('2025-12-31T20:00:00Z');
  let tabs = createTabs(2, { now: () => new Date(t), storage: sharedYear() });
  bench(
    `another tab takes in one review, at ${entries} logged reviews`,
    () => {
      t += 1000;
      tabs.tabs[0]?.stores.progress.getState().grade(keys[(t / 1000) % keys.length] as string, 3, 'bench');
      tabs.deliver();
    },
    {
      setup: () => {
        t = Date.parse('2025-12-31T20:00:00Z');
        tabs = createTabs(2, { now: () => new Date(t), storage: sharedYear() });
      },
      time: 1500,
    },
  );
});

describe('study queue', () => {
  const many = Array.from({ length: 10_000 }, (_, i) => `c${i}/k`);
  const states: Record<string, StoredCard> = {};
  const base = applyGrade(undefined, 4, new Date(start), { retention: 0.9 }).card;
  many.forEach((k, i) => {
    if (i % 3 !== 0) states[k] = { ...base, due: start + (i % 60) * DAY, state: i % 7 === 0 ? 1 : 2 };
  });
  const input = { cards: many, states, now: start + 30 * DAY, dayEnd: start + 31 * DAY, newLeft: 20 };
  bench('next card + counts for 10k cards', () => {
    nextCard(input);
    queueCounts(input);
  });

  // What a study page does after each grade: leave out suspended and buried cards (1 in 10 marked), apply the
  // review cap and a chosen topic priority, then pick and count.
  const marks = new Map<string, CardMarks>(
    many
      .filter((_, i) => i % 10 === 0)
      .map((k, i) => [
        k,
        i % 2 === 0
          ? { flagged: false, suspension: { suspended: true, at: start } }
          : { flagged: false, buriedAt: start + 30 * DAY },
      ]),
  );
  const today: StudyToday = {
    cards: states,
    marks,
    reviews: {},
    now: start + 30 * DAY,
    day: { dayStart: start + 30 * DAY - 3_600_000, dayEnd: start + 31 * DAY },
    newPerDay: 20,
    reviewsPerDay: 200,
    dayStartHour: 4,
    topicOrder: ['agi-and-ethics', 'reasoning', 'language', 'generalization', 'training', 'foundations'],
  };
  bench('queue with marks, review cap and topic priority: next card + counts for 10k cards', () => {
    const q = queueFor(many, today);
    nextCard(q);
    queueCounts(q);
  });
});
