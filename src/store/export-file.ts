// The export file and what Import accepts: validated whole before anything changes, with every dropped part named.
import * as v from 'valibot';
import { describeIssues } from '../content/issues';
import { actionOrder, type CardAction } from '../engine/card-actions';
import { eventOrder, type LogEvent } from '../engine/replay';
import { decodeChunk, monthOf } from './log-codec';
import { migrateHead, PROGRESS_VERSION } from './migrations';
import {
  CardActionSchema,
  CardKeySchema,
  EventIdSchema,
  LogEventSchema,
  type MonthlyLog,
  type ProgressData,
  type QuizResult,
  QuizResultSchema,
  type Settings,
  SettingsSchema,
} from './progress-schema';
import { HeadSchema } from './progress-storage';

export const EXPORT_FORMAT = 'descent-progress';
/** v3 added card actions and notes, and Forget events in the reviews. */
export const EXPORT_VERSION = 3;
export const BACKUP_FORMAT = 'descent-backup';

/** Reviews older than this are not plausible for Descent (or any FSRS app); they are dropped and reported. */
export const EARLIEST_PLAUSIBLE = Date.UTC(2000, 0, 1);

const V1ReviewSchema = v.object({
  id: EventIdSchema,
  card: CardKeySchema,
  grade: v.picklist([0, 1, 2, 3, 4]),
  state: v.picklist([0, 1, 2, 3]),
  at: v.pipe(v.number(), v.integer(), v.multipleOf(1000)),
});

/** An export file of one format version; v1 files also carried card states, ignored now (cards are the replay). */
const exportSchema = <V extends number>(version: V) =>
  v.object({
    format: v.literal(EXPORT_FORMAT),
    version: v.literal(version),
    exportedAt: v.string(),
    settings: SettingsSchema,
    reviews: v.array(v.unknown()),
    undone: v.array(v.string()),
    quizzes: v.array(QuizResultSchema),
    actions: v.optional(v.array(v.unknown()), []),
  });

const ExportSchema = v.union([exportSchema(EXPORT_VERSION), exportSchema(2)]);
const ExportV1Schema = exportSchema(1);

const BackupSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  key: v.string(),
  value: v.string(),
});

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  settings: Settings;
  reviews: LogEvent[];
  undone: string[];
  quizzes: QuizResult[];
  /** Card actions and concept notes. */
  actions: CardAction[];
}

export function exportFileName(now: Date): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `descent-progress-${y}-${m}-${d}.json`;
}

/** The whole log (undone reviews and their tombstones included, so a Replace restores it exactly). */
export function buildExport(progress: ProgressData, settings: Settings, now: Date): ExportFile {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    settings,
    reviews: Object.keys(progress.log)
      .sort()
      .flatMap((m) => [...(progress.log[m] ?? [])]),
    undone: [...progress.undone],
    quizzes: [...progress.quizzes],
    actions: [...progress.actions],
  };
}

/** A set-aside value as a file Import understands: the key says what it was. */
export const buildBackupFile = (key: string, value: string) =>
  JSON.stringify({ format: BACKUP_FORMAT, key, value });

export interface ImportSummary {
  /** Reviews (grades 1–4) that will be imported. */
  reviews: number;
  quizzes: number;
  first?: number;
  last?: number;
  /** What was left out, and why; each is a count. */
  dropped: {
    duplicates: number;
    /** Dated after the moment of import. */
    future: number;
    /** Dated before 2000. */
    tooOld: number;
    /** Malformed entries (a salvaged backup). */
    malformed: number;
    /** Tombstones naming reviews that are not in the file: a file may undo only its own reviews. */
    foreignUndos: number;
    /** Quiz results dated after the moment of import. */
    futureQuizzes: number;
  };
  /** Reviews of cards this deck does not have: kept in the log, but counted nowhere. */
  unknownCards: number;
}

export type ImportResult =
  | {
      ok: true;
      progress: Pick<ProgressData, 'log' | 'undone' | 'quizzes' | 'actions'>;
      settings?: Settings;
      summary: ImportSummary;
    }
  | { ok: false; message: string };

/**
 * Parses an export file (v1 or v2) or a downloaded backup. `now` bounds review times; `isKnownCard` tells which
 * cards the deck has.
 */
export function parseImport(text: string, now: Date, isKnownCard: (key: string) => boolean): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: 'This is not a Descent progress file: it is not JSON.' };
  }
  const format = json && typeof json === 'object' ? (json as { format?: unknown }).format : undefined;
  if (format === BACKUP_FORMAT) return parseBackup(json, now, isKnownCard);
  if (format !== EXPORT_FORMAT) return { ok: false, message: 'This is not a Descent progress file.' };
  const version = (json as { version?: unknown }).version;
  if (typeof version === 'number' && version > EXPORT_VERSION) {
    return {
      ok: false,
      message: `This file comes from a newer version of Descent (format v${version}). Update Descent first.`,
    };
  }
  const result = v.safeParse(version === 1 ? ExportV1Schema : ExportSchema, json);
  if (!result.success) return problem(describeIssues(result.issues));
  const file = result.output;
  const reviews: LogEvent[] = [];
  const issues: string[] = [];
  let future = 0;
  let tooOld = 0;
  for (const [i, raw] of file.reviews.entries()) {
    // Times outside what is plausible are dropped and reported rather than refusing the whole file.
    const at = raw && typeof raw === 'object' ? (raw as { at?: unknown }).at : undefined;
    if (typeof at === 'number' && at > now.getTime()) {
      future++;
      continue;
    }
    if (typeof at === 'number' && at < EARLIEST_PLAUSIBLE) {
      tooOld++;
      continue;
    }
    const event =
      version === 1
        ? v.safeParse(V1ReviewSchema, raw).success
          ? v.safeParse(LogEventSchema, {
              ...(raw as object),
              retention: file.settings.retention,
              weights: 1,
            })
          : v.safeParse(V1ReviewSchema, raw)
        : v.safeParse(LogEventSchema, raw);
    if (event.success) reviews.push(event.output as LogEvent);
    else
      issues.push(
        ...event.issues.map((issue) => {
          const path = v.getDotPath(issue);
          return `reviews.${i}${path ? `.${path}` : ''}: ${issue.message}`;
        }),
      );
  }
  const actions: CardAction[] = [];
  for (const [i, raw] of file.actions.entries()) {
    const action = v.safeParse(CardActionSchema, raw);
    if (action.success) actions.push(action.output);
    else
      issues.push(
        ...action.issues.map((issue) => {
          const path = v.getDotPath(issue);
          return `actions.${i}${path ? `.${path}` : ''}: ${issue.message}`;
        }),
      );
  }
  if (issues.length > 0) return problem(issues);
  const built = build(reviews, file.undone, file.quizzes, file.settings, now, isKnownCard, 0, actions);
  if (built.ok) {
    built.summary.dropped.future += future;
    built.summary.dropped.tooOld += tooOld;
  }
  return built;
}
function problem(issues: string[]): ImportResult {
  const [first, ...rest] = issues;
  return {
    ok: false,
    message: `This Descent progress file has a problem, so nothing was changed: ${first}${rest.length ? ` (and ${rest.length} more)` : ''}.`,
  };
}

/** Bounds, dedupes and checks what a file holds; everything dropped is counted for the learner. */
function build(
  all: readonly LogEvent[],
  undone: readonly string[],
  quizzes: readonly QuizResult[],
  settings: Settings | undefined,
  now: Date,
  isKnownCard: (key: string) => boolean,
  malformed: number,
  actions: readonly CardAction[] = [],
): ImportResult {
  const dropped = { duplicates: 0, future: 0, tooOld: 0, malformed, foreignUndos: 0, futureQuizzes: 0 };
  // Actions dated after the import are dropped like reviews; duplicates by id are kept once.
  const actionsById = new Map<string, CardAction>();
  for (const a of actions) {
    if (a.at > now.getTime()) dropped.future++;
    else if (!actionsById.has(a.id)) actionsById.set(a.id, a);
  }
  const keptActions = [...actionsById.values()].sort(actionOrder);
  const byId = new Map<string, LogEvent>();
  for (const e of all) {
    if (e.at > now.getTime()) dropped.future++;
    else if (e.at < EARLIEST_PLAUSIBLE) dropped.tooOld++;
    else if (byId.has(e.id)) dropped.duplicates++;
    else byId.set(e.id, e);
  }
  const events = [...byId.values()].sort(eventOrder);
  const log: Record<string, LogEvent[]> = {};
  for (const e of events) {
    const month = monthOf(e.at);
    const list = log[month];
    if (list) list.push(e);
    else log[month] = [e];
  }
  const tombstones = [...new Set(undone)].filter((id) => {
    const own = byId.has(id) || actionsById.has(id);
    if (!own) dropped.foreignUndos++;
    return own;
  });
  const quizIds = new Set<string>();
  const keptQuizzes = quizzes.filter((q) => {
    if (q.at > now.getTime()) {
      dropped.futureQuizzes++;
      return false;
    }
    if (quizIds.has(q.id)) return false;
    quizIds.add(q.id);
    return true;
  });
  const undoneSet = new Set(tombstones);
  const live = events.filter((e) => e.grade > 0 && !undoneSet.has(e.id));
  const counted = live.filter((e) => isKnownCard(e.card));
  return {
    ok: true,
    progress: { log: log as MonthlyLog, undone: tombstones, quizzes: keptQuizzes, actions: keptActions },
    settings,
    summary: {
      reviews: counted.length,
      quizzes: keptQuizzes.length,
      // A loop, not Math.min(...): a year's log is more arguments than a call may take.
      first: counted.reduce<number | undefined>(
        (m, e) => (m === undefined || e.at < m ? e.at : m),
        undefined,
      ),
      last: counted.reduce<number | undefined>((m, e) => (m === undefined || e.at > m ? e.at : m), undefined),
      dropped,
      unknownCards: live.length - counted.length,
    },
  };
}

/** A downloaded backup: whatever of it still reads is salvaged, entry by entry. */
function parseBackup(json: unknown, now: Date, isKnownCard: (key: string) => boolean): ImportResult {
  const file = v.safeParse(BackupSchema, json);
  if (!file.success)
    return { ok: false, message: 'This Descent backup file is damaged: it names no stored value.' };
  const { key, value } = file.output;
  let envelope: { version?: unknown; data?: unknown };
  try {
    envelope = JSON.parse(value);
  } catch {
    return {
      ok: false,
      message: 'This backup holds nothing Descent can read: the stored value was not JSON.',
    };
  }
  const version = typeof envelope?.version === 'number' ? envelope.version : 0;
  if (version > PROGRESS_VERSION)
    return {
      ok: false,
      message: `This backup comes from a newer version of Descent (v${version}). Update Descent first.`,
    };
  const month = /^descent:log:(\d{4}-\d\d)$/.exec(key)?.[1];
  if (month) {
    const data = envelope?.data as { cards?: unknown; params?: unknown; entries?: unknown } | undefined;
    const cards = Array.isArray(data?.cards) ? (data.cards as unknown[]).map(String) : [];
    const params = Array.isArray(data?.params) ? (data.params as unknown[]).map(String) : ['0.9/1'];
    const parts = typeof data?.entries === 'string' && data.entries !== '' ? data.entries.split(';') : [];
    const events: LogEvent[] = [];
    let malformed = 0;
    for (const part of parts) {
      const entry = version === 1 ? `${part},0` : part;
      const decoded = decodeChunk(month, { cards, params, entries: entry })?.[0];
      if (decoded && v.is(LogEventSchema, decoded)) events.push(decoded);
      else malformed++;
    }
    if (events.length === 0)
      return { ok: false, message: 'This backup holds nothing Descent can read: no review in it is intact.' };
    return build(events, [], [], undefined, now, isKnownCard, malformed);
  }
  if (key === 'descent:progress') {
    const head = v.safeParse(
      HeadSchema,
      version < PROGRESS_VERSION
        ? safely(() => migrateHead(envelope.data, version, { generation: 'v1', retention: 0.9 }))
        : envelope.data,
    );
    if (!head.success)
      return {
        ok: false,
        message: 'This backup holds nothing Descent can read: its quiz history is damaged.',
      };
    return build([], [], head.output.quizzes, undefined, now, isKnownCard, 0);
  }
  return {
    ok: false,
    message: 'This backup is not of your progress (it holds a setting or a quiz in progress).',
  };
}

function safely(f: () => unknown): unknown {
  try {
    return f();
  } catch {
    return undefined;
  }
}
