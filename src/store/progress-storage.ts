// Persists progress as a small head (`descent:progress`) plus one key per month of the review log
// (`descent:log:YYYY-MM`), so a grade rewrites only the current month however long the history grows.
import * as v from 'valibot';
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { ChunkEncoder, decodeChunk, type EncodedChunk } from './log-codec';
import { migrateProgress, PROGRESS_VERSION } from './migrations';
import {
  CardKeySchema,
  type LogEntry,
  LogEntrySchema,
  type ProgressData,
  QuizResultSchema,
  StoredCardSchema,
} from './progress-schema';
import { PREFIX, readRaw, readValue, writeRaw, writeValue } from './storage';

export const PROGRESS_KEY = `${PREFIX}progress`;
export const LOG_PREFIX = `${PREFIX}log:`;
export const logKey = (month: string) => `${LOG_PREFIX}${month}`;

const HeadSchema = v.object({
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

export function forgetWrites(): void {
  written.clear();
  encoders.clear();
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
  if (head.status !== 'ok') return undefined;
  const log: Record<string, LogEntry[]> = {};
  for (const month of head.data.months) {
    const entries = readChunk(month);
    if (entries) log[month] = entries;
  }
  const { months: _months, ...rest } = head.data;
  return { ...rest, log };
}

/**
 * Writes the head and every month whose entries changed since this tab last wrote it. If another tab wrote that
 * month in between, its entries are merged in first (read-merge-write), and `onForeign` hears of them.
 */
export function writeProgress(
  data: ProgressData,
  onForeign?: (month: string, entries: LogEntry[]) => void,
): boolean {
  let ok = true;
  const undone = new Set(data.undone);
  for (const [month, entries] of Object.entries(data.log)) {
    const last = written.get(month);
    if (last?.entries === entries) continue;
    const key = logKey(month);
    let toWrite = entries;
    const stored = readRaw(key);
    if (stored !== null && stored !== last?.raw) {
      const theirs = readChunkQuietly(month, stored);
      if (theirs) {
        const ids = new Set(entries.map((e) => `${e.id}|${e.card}`));
        const foreign = theirs.filter((e) => !ids.has(`${e.id}|${e.card}`) && !undone.has(e.id));
        if (foreign.length > 0) {
          toWrite = [...entries, ...foreign].sort((a, b) => a.at - b.at);
          onForeign?.(month, foreign);
        }
      }
    }
    const raw = JSON.stringify({ version: PROGRESS_VERSION, data: encoderFor(month).encode(toWrite) });
    if (writeRaw(key, raw)) written.set(month, { entries, raw });
    else ok = false;
  }
  const head = {
    cards: data.cards,
    undone: data.undone,
    quizzes: data.quizzes,
    months: Object.keys(data.log).sort(),
  };
  return writeValue(PROGRESS_KEY, PROGRESS_VERSION, head) && ok;
}

function readChunkQuietly(month: string, raw: string): LogEntry[] | undefined {
  try {
    const parsed = v.safeParse(v.object({ version: v.number(), data: ChunkSchema }), JSON.parse(raw));
    return parsed.success ? decodeChunk(month, parsed.output.data) : undefined;
  } catch {
    return undefined;
  }
}

/** zustand `persist` storage over the chunked layout; `onForeign` receives entries another tab wrote meanwhile. */
export const createProgressStorage = (
  onForeign: (month: string, entries: LogEntry[]) => void,
): PersistStorage<ProgressData> => ({
  getItem: (): StorageValue<ProgressData> | null => {
    const data = readProgress();
    return data ? { state: data, version: PROGRESS_VERSION } : null;
  },
  setItem: (_name, value) => {
    writeProgress(value.state, onForeign);
  },
  removeItem: () => {
    // Reset removes keys itself (see resetProgress); zustand never calls this on its own.
  },
});
