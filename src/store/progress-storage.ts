// Persists progress as a small head (`descent:progress`) plus one key per month of the review log
// (`descent:log:YYYY-MM`), so a grade rewrites only the current month however long the history grows.
import * as v from 'valibot';
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { SchedulerOptions } from '../engine/scheduler';
import { ChunkEncoder, decodeChunk, type EncodedChunk } from './log-codec';
import { mergeProgress } from './merge';
import { migrateProgress, PROGRESS_VERSION } from './migrations';
import {
  CardKeySchema,
  emptyProgress,
  type LogEntry,
  LogEntrySchema,
  type ProgressData,
  QuizResultSchema,
  StoredCardSchema,
} from './progress-schema';
import { PREFIX, readRaw, readValue, writeRaw } from './storage';

export const PROGRESS_KEY = `${PREFIX}progress`;
export const LOG_PREFIX = `${PREFIX}log:`;
export const logKey = (month: string) => `${LOG_PREFIX}${month}`;

const HeadSchema = v.object({
  generation: v.optional(v.string()),
  cards: v.record(CardKeySchema, StoredCardSchema),
  undone: v.array(v.string()),
  quizzes: v.array(QuizResultSchema),
  months: v.array(v.pipe(v.string(), v.regex(/^\d{4}-\d\d$/))),
});

const ChunkSchema: v.GenericSchema<unknown, EncodedChunk> = v.object({
  cards: v.array(v.string()),
  entries: v.string(),
});

/** What this tab last wrote for each month: a different stored string means another tab wrote in between. */
const written = new Map<string, { entries: readonly LogEntry[]; raw: string }>();

const encoders = new Map<string, ChunkEncoder>();
/** The head as this tab last read or wrote it: a different stored head means another tab wrote since. */
let lastHead: string | null | undefined;

/** Forgets what this tab wrote (after a reset or replace), taking the stored head as seen: it is to be overwritten. */
export function forgetWrites(): void {
  written.clear();
  encoders.clear();
  lastHead = readRaw(PROGRESS_KEY);
}

function encoderFor(month: string): ChunkEncoder {
  let encoder = encoders.get(month);
  if (!encoder) {
    encoder = new ChunkEncoder(month);
    encoders.set(month, encoder);
  }
  return encoder;
}

function readChunk(month: string): LogEntry[] | undefined {
  const key = logKey(month);
  const result = readValue(key, ChunkSchema, PROGRESS_VERSION);
  if (result.status !== 'ok') return undefined;
  const entries = decodeChunk(month, result.data);
  const valid = entries && v.safeParse(v.array(LogEntrySchema), entries).success ? entries : undefined;
  if (!valid) {
    // Re-read through readValue's set-aside path by handing it a schema the chunk cannot pass.
    readValue(
      key,
      v.custom(() => false, 'a review entry is malformed'),
      PROGRESS_VERSION,
    );
    return undefined;
  }
  written.set(month, { entries: valid, raw: readRaw(key) ?? '' });
  return valid;
}

/** Reads and validates everything stored; parts that fail are set aside and reported, the rest is kept. */
export function readProgress(): ProgressData | undefined {
  const head = readValue(PROGRESS_KEY, HeadSchema, PROGRESS_VERSION, migrateProgress);
  lastHead = readRaw(PROGRESS_KEY);
  if (head.status !== 'ok') return undefined;
  const log: Record<string, LogEntry[]> = {};
  for (const month of head.data.months) {
    const entries = readChunk(month);
    if (entries) log[month] = entries;
  }
  const { months: _months, ...rest } = head.data;
  return { ...rest, log };
}

export interface WriteHooks {
  /** The scheduler options a merge replays cards with. */
  options: () => SchedulerOptions;
  /**
   * Another tab wrote since this tab last read or wrote. `merged`: what this write saved instead (a superset of both
   * tabs); `adopt`: the other tab reset or replaced progress, and its data is to be taken as it is.
   */
  onExternal: (data: ProgressData, how: 'merged' | 'adopt') => void;
}

/**
 * Writes the head and every month whose entries changed since this tab last wrote it. Read-merge-write: if another
 * tab wrote in between, its data is merged in first (or adopted whole, when it reset or replaced progress), so a
 * stale tab never overwrites a newer one.
 */
export function writeProgress(input: ProgressData, hooks?: WriteHooks): boolean {
  let data = input;
  const storedHead = readRaw(PROGRESS_KEY);
  if (hooks && storedHead !== null && storedHead !== lastHead) {
    const theirs = readProgress();
    if (theirs && theirs.generation !== data.generation) {
      hooks.onExternal(theirs, 'adopt');
      return true;
    }
    const merged = theirs ? mergeProgress(data, theirs, hooks.options()) : data;
    if (merged !== data) {
      hooks.onExternal(merged, 'merged');
      data = merged;
    }
  }
  let ok = true;
  const undone = new Set(data.undone);
  for (const [month, entries] of Object.entries(data.log)) {
    const last = written.get(month);
    if (last?.entries === entries) continue;
    const key = logKey(month);
    let toWrite = entries;
    const stored = readRaw(key);
    if (stored !== null && stored !== last?.raw) {
      // The head check above catches almost every concurrent write; this covers one that landed between another
      // tab's month write and its head write.
      const theirs = readChunkQuietly(month, stored);
      if (theirs) {
        const ids = new Set(entries.map((e) => `${e.id}|${e.card}`));
        const foreign = theirs.filter((e) => !ids.has(`${e.id}|${e.card}`) && !undone.has(e.id));
        if (foreign.length > 0) {
          toWrite = [...entries, ...foreign].sort((a, b) => a.at - b.at);
          hooks?.onExternal({ ...emptyProgress(), log: { [month]: foreign } }, 'merged');
        }
      }
    }
    const raw = JSON.stringify({ version: PROGRESS_VERSION, data: encoderFor(month).encode(toWrite) });
    if (writeRaw(key, raw)) written.set(month, { entries, raw });
    else ok = false;
  }
  const head = {
    generation: data.generation,
    cards: data.cards,
    undone: data.undone,
    quizzes: data.quizzes,
    months: Object.keys(data.log).sort(),
  };
  const headRaw = JSON.stringify({ version: PROGRESS_VERSION, data: head });
  if (writeRaw(PROGRESS_KEY, headRaw)) lastHead = headRaw;
  else ok = false;
  return ok;
}

function readChunkQuietly(month: string, raw: string): LogEntry[] | undefined {
  try {
    const parsed = v.safeParse(v.object({ version: v.number(), data: ChunkSchema }), JSON.parse(raw));
    return parsed.success ? decodeChunk(month, parsed.output.data) : undefined;
  } catch {
    return undefined;
  }
}

/** zustand `persist` storage over the chunked layout. */
export const createProgressStorage = (hooks: WriteHooks): PersistStorage<ProgressData> => ({
  getItem: (): StorageValue<ProgressData> | null => {
    const data = readProgress();
    return data ? { state: data, version: PROGRESS_VERSION } : null;
  },
  setItem: (_name, value) => {
    writeProgress(value.state, hooks);
  },
  removeItem: () => {
    // Reset removes keys itself (see resetProgress); zustand never calls this on its own.
  },
});
