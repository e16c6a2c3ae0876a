// Persists progress as a small head (`descent:progress`: generation, tombstones, quizzes, card actions) plus one key per month of
// the log (`descent:log:YYYY-MM`), so a change rewrites only the months it touched and the head.
import * as v from 'valibot';
import type { LogEvent } from '../engine/replay';
import { ChunkEncoder, decodeChunk, type EncodedChunk } from './log-codec';
import { migrateChunk, migrateHead, PROGRESS_VERSION } from './migrations';
import {
  CardActionSchema,
  CardKeySchema,
  EventIdSchema,
  LogEventSchema,
  MonthSchema,
  type ProgressData,
  QuizResultSchema,
} from './progress-schema';
import { PREFIX, type ReadResult, type StorageAccess } from './storage';

export const PROGRESS_KEY = `${PREFIX}progress`;
export const LOG_PREFIX = `${PREFIX}log:`;
export const logKey = (month: string) => `${LOG_PREFIX}${month}`;
const GENERATION_V1 = 'v1';
/**
 * The generation of a profile that has never been reset: the same in every tab, so two fresh tabs merge their first
 * reviews instead of each taking the other's for a reset.
 */
export const FIRST_GENERATION = 'first';

const GenerationSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(64));

export const HeadSchema = v.object({
  generation: GenerationSchema,
  undone: v.array(EventIdSchema),
  quizzes: v.array(QuizResultSchema),
  actions: v.array(CardActionSchema),
});
export type Head = v.InferOutput<typeof HeadSchema>;

export const ChunkSchema: v.GenericSchema<unknown, EncodedChunk> = v.object({
  generation: GenerationSchema,
  cards: v.array(CardKeySchema),
  params: v.array(
    v.pipe(
      v.string(),
      v.regex(
        /^0\.\d+\/1(\/(?:[1-9]\d{0,3}[mhd](?: [1-9]\d{0,3}[mhd]){0,7})?)?$/,
        'must be retention/weights[/steps]',
      ),
    ),
  ),
  entries: v.string(),
});

const EventsSchema = v.array(LogEventSchema);

export type PeekResult =
  | { kind: 'same' }
  /** Another tab wrote the head or these months: what it holds, to be merged before writing. */
  | { kind: 'changed'; head?: Head; log: Record<string, LogEvent[]> }
  /** Another tab reset or replaced progress: adopt what is stored. */
  | { kind: 'generation' }
  | { kind: 'newer'; version: number };

export type LoadResult =
  | {
      kind: 'ok';
      data: ProgressData /** Keys still in an older format, to be rewritten. */;
      migrated: string[];
    }
  | { kind: 'newer'; version: number };

export interface ProgressPersistence {
  load(): LoadResult;
  /** What changed in storage since this tab last read or wrote the head and these months. */
  peek(generation: string, months: Iterable<string>): PeekResult;
  /** Reads one key another tab wrote (a storage event). */
  readKey(key: string, generation: string): PeekResult;
  /** Writes these months and the head; months that fail are retried with the next write. True when all is saved. */
  write(data: ProgressData, months: Iterable<string>): boolean;
  /** Writes these months and the head, all or nothing: when one does not fit, every key is put back as it was. */
  writeAll(data: ProgressData, months: Iterable<string>): boolean;
  /** Whether everything this tab holds is written (no month or head waits after a failed write). */
  allSaved(): boolean;
  /**
   * Storage was cleared behind this tab's back (another tab called `localStorage.clear()`): nothing this tab wrote
   * can be assumed stored, so these months and the head are written again with the next change.
   */
  forget(months: Iterable<string>): void;
  /**
   * Replaces everything stored with `data` (a new generation): all or nothing. When it does not fit, what was
   * stored before is put back and false is returned.
   */
  replace(data: ProgressData): boolean;
}

export function createProgressPersistence(
  access: StorageAccess,
  retention: () => number,
): ProgressPersistence {
  /** The raw value this tab last read or wrote for each key: a different stored value means another tab wrote. */
  const seen = new Map<string, string | null>();
  const encoders = new Map<string, ChunkEncoder>();
  /** Months whose last write failed: written again with the next change, so nothing stays unsaved silently. */
  const pending = new Set<string>();
  let headPending = false;
  /**
   * What `peek` just read for each key it looked at (null: absent). A write skips a value only when storage holds
   * exactly it now: after another tab cleared storage, what this tab last wrote is no longer there.
   */
  const fresh = new Map<string, string | null>();
  const storedNow = (key: string) => (fresh.has(key) ? fresh.get(key) : seen.get(key));

  const context = (generation: string) => ({ generation, retention: retention() });

  const encoderFor = (month: string) => {
    let encoder = encoders.get(month);
    if (!encoder) {
      encoder = new ChunkEncoder(month);
      encoders.set(month, encoder);
    }
    return encoder;
  };

  /**
   * What each month held when last decoded or written. Another tab's grade appends one entry to a month of
   * thousands: only the appended text is decoded and validated, not the whole month again.
   */
  const decoded = new Map<string, { chunk: EncodedChunk; events: readonly LogEvent[] }>();
  const startsWith = (longer: readonly string[], shorter: readonly string[]) =>
    longer.length >= shorter.length && shorter.every((x, i) => longer[i] === x);

  const decode = (month: string, chunk: EncodedChunk): LogEvent[] | undefined => {
    const last = decoded.get(month);
    const rest =
      last && chunk.entries.startsWith(last.chunk.entries)
        ? chunk.entries.slice(last.chunk.entries.length)
        : undefined;
    let events: LogEvent[] | undefined;
    if (
      last &&
      rest !== undefined &&
      (rest === '' || rest.startsWith(';') || last.chunk.entries === '') &&
      startsWith(chunk.cards, last.chunk.cards) &&
      startsWith(chunk.params, last.chunk.params)
    ) {
      const text = rest.startsWith(';') ? rest.slice(1) : rest;
      const added = text === '' ? [] : decodeChunk(month, { ...chunk, entries: text });
      if (!added || !v.safeParse(EventsSchema, added).success) return undefined;
      events = [...last.events, ...added];
    } else {
      events = decodeChunk(month, chunk);
      if (!events || !v.safeParse(EventsSchema, events).success) return undefined;
    }
    decoded.set(month, { chunk, events });
    return events;
  };

  /** Reads one month through the set-aside path; undefined when missing, unreadable or newer. */
  function readMonth(
    month: string,
    headGeneration: string,
  ): { events: LogEvent[]; generation: string; migrated: boolean } | { newer: number } | undefined {
    const key = logKey(month);
    const result = access.read(key, ChunkSchema, PROGRESS_VERSION, (d, from) =>
      migrateChunk(d, from, context(headGeneration)),
    );
    if (result.status === 'newer') return { newer: result.version };
    if (result.status !== 'ok') return undefined;
    const events = decode(month, result.data);
    if (!events) {
      access.setAside(key, result.raw, 'a review in it is malformed');
      return undefined;
    }
    seen.set(key, result.raw);
    const migrated = !result.raw.startsWith(`{"version":${PROGRESS_VERSION},`);
    return { events, generation: result.data.generation, migrated };
  }

  const readHead = (): ReadResult<Head> =>
    access.read(PROGRESS_KEY, HeadSchema, PROGRESS_VERSION, (d, from) =>
      migrateHead(d, from, context(GENERATION_V1)),
    );

  function load(): LoadResult {
    const head = readHead();
    if (head.status === 'newer') return { kind: 'newer', version: head.version };
    seen.set(PROGRESS_KEY, head.status === 'ok' ? head.raw : access.readRaw(PROGRESS_KEY));
    const migrated: string[] = [];
    if (head.status === 'ok' && !head.raw.startsWith(`{"version":${PROGRESS_VERSION},`))
      migrated.push(PROGRESS_KEY);
    const months = access
      .keys(LOG_PREFIX)
      .map((k) => k.slice(LOG_PREFIX.length))
      .filter((m) => v.is(MonthSchema, m))
      .sort();
    const read = new Map<string, { events: LogEvent[]; generation: string; migrated: boolean }>();
    const headGeneration = head.status === 'ok' ? head.data.generation : GENERATION_V1;
    for (const month of months) {
      const chunk = readMonth(month, headGeneration);
      if (chunk && 'newer' in chunk) return { kind: 'newer', version: chunk.newer };
      if (chunk) read.set(month, chunk);
    }
    // Without a readable head, the months are still the truth: rebuild from every readable month of the newest
    // month's generation (older generations' months are leftovers of a reset or import).
    const generation =
      head.status === 'ok'
        ? head.data.generation
        : ([...read.values()].at(-1)?.generation ?? FIRST_GENERATION);
    const log: Record<string, LogEvent[]> = {};
    for (const [month, chunk] of read) {
      if (chunk.generation !== generation) continue;
      log[month] = chunk.events;
      if (chunk.migrated) migrated.push(logKey(month));
    }
    const data: ProgressData = {
      generation,
      log,
      undone: head.status === 'ok' ? head.data.undone : [],
      quizzes: head.status === 'ok' ? head.data.quizzes : [],
      actions: head.status === 'ok' ? head.data.actions : [],
    };
    if (head.status !== 'ok' && read.size > 0) migrated.push(PROGRESS_KEY);
    return { kind: 'ok', data, migrated };
  }

  /** Parses a value another tab wrote, quietly: a value being written may be mid-change, and is read again later. */
  function parseMonth(month: string, raw: string, generation: string): PeekResult | LogEvent[] | undefined {
    const result = access.parse(raw, ChunkSchema, PROGRESS_VERSION, (d, from) =>
      migrateChunk(d, from, context(generation)),
    );
    if (result.status === 'newer') return { kind: 'newer', version: result.version };
    if (result.status !== 'ok' || result.data.generation !== generation) return undefined;
    return decode(month, result.data);
  }

  function parseHead(raw: string, generation: string): PeekResult | Head | undefined {
    const result = access.parse(raw, HeadSchema, PROGRESS_VERSION, (d, from) =>
      migrateHead(d, from, context(GENERATION_V1)),
    );
    if (result.status === 'newer') return { kind: 'newer', version: result.version };
    if (result.status !== 'ok') return undefined;
    if (result.data.generation !== generation) return { kind: 'generation' };
    return result.data;
  }

  function peek(generation: string, months: Iterable<string>): PeekResult {
    fresh.clear();
    const headRaw = access.readRaw(PROGRESS_KEY);
    fresh.set(PROGRESS_KEY, headRaw);
    let head: Head | undefined;
    if (headRaw !== null && headRaw !== seen.get(PROGRESS_KEY)) {
      const parsed = parseHead(headRaw, generation);
      if (parsed && 'kind' in parsed) return parsed;
      head = parsed;
      if (head) seen.set(PROGRESS_KEY, headRaw);
    }
    const log: Record<string, LogEvent[]> = {};
    // Months a failed write left pending are read too: another tab may have written them since.
    for (const month of new Set([...months, ...pending])) {
      const key = logKey(month);
      const raw = access.readRaw(key);
      fresh.set(key, raw);
      if (raw === null || raw === seen.get(key)) continue;
      const parsed = parseMonth(month, raw, generation);
      if (parsed && !Array.isArray(parsed)) return parsed;
      if (parsed) {
        log[month] = parsed;
        seen.set(key, raw);
      }
    }
    return head || Object.keys(log).length > 0 ? { kind: 'changed', head, log } : { kind: 'same' };
  }

  function readKey(key: string, generation: string): PeekResult {
    const raw = access.readRaw(key);
    if (raw === null || raw === seen.get(key)) return { kind: 'same' };
    if (key === PROGRESS_KEY) {
      const parsed = parseHead(raw, generation);
      if (!parsed) return { kind: 'same' };
      if ('kind' in parsed) return parsed;
      seen.set(key, raw);
      return { kind: 'changed', head: parsed, log: {} };
    }
    const month = key.slice(LOG_PREFIX.length);
    if (!v.is(MonthSchema, month)) return { kind: 'same' };
    const parsed = parseMonth(month, raw, generation);
    if (!parsed) return { kind: 'same' };
    if (!Array.isArray(parsed)) return parsed;
    seen.set(key, raw);
    return { kind: 'changed', log: { [month]: parsed } };
  }

  function writeMonth(data: ProgressData, month: string): boolean {
    const key = logKey(month);
    const events = data.log[month] ?? [];
    const chunk = encoderFor(month).encode(data.generation, events);
    decoded.set(month, { chunk, events });
    const raw = JSON.stringify({ version: PROGRESS_VERSION, data: chunk });
    if (raw === storedNow(key)) return true;
    if (!access.write(key, raw)) return false;
    seen.set(key, raw);
    return true;
  }

  function writeHead(data: ProgressData): boolean {
    const head: Head = {
      generation: data.generation,
      undone: [...data.undone],
      quizzes: [...data.quizzes],
      actions: [...data.actions],
    };
    const raw = JSON.stringify({ version: PROGRESS_VERSION, data: head });
    if (raw === storedNow(PROGRESS_KEY)) return true;
    if (!access.write(PROGRESS_KEY, raw)) return false;
    seen.set(PROGRESS_KEY, raw);
    return true;
  }

  function write(data: ProgressData, months: Iterable<string>): boolean {
    for (const month of new Set([...months, ...pending])) {
      if (writeMonth(data, month)) pending.delete(month);
      else pending.add(month);
    }
    headPending = !writeHead(data);
    fresh.clear();
    return pending.size === 0 && !headPending;
  }

  function forget(months: Iterable<string>): void {
    seen.clear();
    fresh.clear();
    encoders.clear();
    decoded.clear();
    for (const month of months) pending.add(month);
  }

  /** Puts keys back exactly as they were (null: absent), after a change that did not fit. */
  function restore(before: ReadonlyMap<string, string | null>, pendingBefore: ReadonlySet<string>) {
    for (const key of before.keys()) access.remove(key);
    for (const [key, raw] of before) if (raw !== null) access.write(key, raw);
    encoders.clear();
    decoded.clear();
    seen.clear();
    for (const [key, raw] of before) seen.set(key, raw);
    pending.clear();
    for (const month of pendingBefore) pending.add(month);
  }

  function replace(data: ProgressData): boolean {
    const before = new Map<string, string | null>();
    for (const key of [PROGRESS_KEY, ...access.keys(LOG_PREFIX)]) before.set(key, access.readRaw(key));
    for (const month of Object.keys(data.log))
      if (!before.has(logKey(month))) before.set(logKey(month), null);
    const pendingBefore = new Set(pending);
    for (const key of before.keys()) access.remove(key);
    encoders.clear();
    decoded.clear();
    seen.clear();
    pending.clear();
    let ok = true;
    for (const month of Object.keys(data.log)) ok = ok && writeMonth(data, month);
    ok = ok && writeHead(data);
    if (ok) return true;
    // It did not fit: put back exactly what was there (it fitted before), and what was waiting to be saved still is.
    restore(before, pendingBefore);
    return false;
  }

  function writeAll(data: ProgressData, months: Iterable<string>): boolean {
    const list = [...new Set([...months, ...pending])];
    const before = new Map<string, string | null>();
    for (const key of [PROGRESS_KEY, ...list.map(logKey)]) before.set(key, access.readRaw(key));
    const pendingBefore = new Set(pending);
    if (write(data, list)) return true;
    restore(before, pendingBefore);
    return false;
  }

  return {
    load,
    peek,
    readKey,
    write,
    writeAll,
    replace,
    forget,
    allSaved: () => pending.size === 0 && !headPending,
  };
}

export const newGeneration = (random: () => number = Math.random, now = Date.now()): string =>
  `${now.toString(36)}${Math.floor(random() * 36 ** 6)
    .toString(36)
    .padStart(6, '0')}`;
