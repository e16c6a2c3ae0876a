// npm run bench: grade + persist as the log grows, the study queue for 10k cards, and the bytes a year takes.
import { bench, describe } from 'vitest';
import { deckCards } from '../../src/content/deck';
import { nextCard, queueCounts } from '../../src/engine/queue';
import { applyGrade, type StoredCard } from '../../src/engine/scheduler';
import { makeEntryId, monthOf } from '../../src/store/log-codec';
import { useProgress } from '../../src/store/progress';
import type { LogEntry, ProgressData } from '../../src/store/progress-schema';
import { forgetWrites, writeProgress } from '../../src/store/progress-storage';
import { setStorage } from '../../src/store/storage';

/** An in-memory Storage: measures our encoding and bookkeeping, not the browser's disk. */
class MemoryStorage implements Storage {
  private map = new Map<string, string>();
  get length() {
    return this.map.size;
  }
  clear() {
    this.map.clear();
  }
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
  setItem(k: string, v: string) {
    this.map.set(k, v);
  }
  bytes() {
    let n = 0;
    for (const [k, v] of this.map) n += k.length + v.length;
    return n;
  }
}

const keys = deckCards.map((c) => c.key);
const DAY = 86_400_000;
const start = Date.parse('2025-01-01T08:00:00Z');

/** A year at 300 reviews a day over the deck's cards: about 110k log entries. */
function yearOfProgress(): ProgressData {
  const log: Record<string, LogEntry[]> = {};
  let seed = 1;
  const random = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  for (let day = 0; day < 365; day++) {
    for (let i = 0; i < 300; i++) {
      const at = Math.floor((start + day * DAY + i * 60_000) / 1000) * 1000;
      const card = keys[Math.floor(random() * keys.length)] as string;
      const entry: LogEntry = {
        id: makeEntryId(at, random),
        card,
        grade: (1 + Math.floor(random() * 4)) as 1,
        state: 2,
        at,
      };
      const month = monthOf(at);
      const list = log[month] ?? [];
      list.push(entry);
      log[month] = list;
    }
  }
  const cards: Record<string, StoredCard> = {};
  for (const k of keys) cards[k] = applyGrade(undefined, 3, new Date(start), { retention: 0.9 }).card;
  return { cards, log, undone: [], quizzes: [] };
}

const year = yearOfProgress();
const entries = Object.values(year.log).reduce((n, m) => n + m.length, 0);
{
  const storage = new MemoryStorage();
  setStorage(storage);
  forgetWrites();
  writeProgress(year);
  console.log(
    `stored bytes for a year: ${entries} reviews in ${Object.keys(year.log).length} monthly chunks = ${(storage.bytes() / 1e6).toFixed(2)} MB (${(storage.bytes() / entries).toFixed(1)} bytes per review, card states included)`,
  );
}

function setUp(progress: ProgressData) {
  const storage = new MemoryStorage();
  setStorage(storage);
  forgetWrites();
  useProgress.setState({ ...structuredClone(progress), undoStack: [] });
  writeProgress(useProgress.getState());
}

const grader = (from: string) => {
  let t = Date.parse(from);
  return () => {
    t += 1000;
    useProgress.getState().grade(keys[(t / 1000) % keys.length] as string, 3, new Date(t));
  };
};

describe('grade + persist', () => {
  bench('with 0 logged reviews', grader('2026-01-15T08:00:00Z'), {
    setup: () => setUp({ cards: {}, log: {}, undone: [], quizzes: [] }),
    time: 1500,
  });
  bench(`with ${entries} logged reviews, first day of a new month`, grader('2026-01-01T08:00:00Z'), {
    setup: () => setUp(year),
    time: 1500,
  });
  // The worst case: the last day of the year, when the month being rewritten is already full (about 9,300 reviews).
  bench(`with ${entries} logged reviews, last day of a full month`, grader('2025-12-31T20:00:00Z'), {
    setup: () => setUp(year),
    time: 1500,
  });
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
});
