// Schemas for what Descent keeps in localStorage and in export files; types are inferred from them.
import * as v from 'valibot';
import type { LogEvent } from '../engine/replay';

/** The latest time anything stored may carry: the end of year 9999, so every time has a `YYYY-MM` month. */
export const LATEST_TIME = Date.UTC(9999, 11, 31, 23, 59, 59);

const epochMs = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(LATEST_TIME));

export const CardKeySchema = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9-]+\/[A-Za-z0-9_-]+$/, 'must be conceptId/cardId'),
);

export const MonthSchema = v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be YYYY-MM'));

/** A review id: the second it happened in base 36, then 3 (older versions) or 6 random base-36 characters. */
export const EventIdSchema = v.pipe(v.string(), v.regex(/^[0-9a-z]{4,20}$/, 'must be a Descent review id'));

export const idMatchesTime = (id: string, at: number): boolean => {
  const seconds = Math.floor(at / 1000).toString(36);
  const rest = id.length - seconds.length;
  return id.startsWith(seconds) && (rest === 3 || rest === 6);
};

/** One event of the log (see `LogEvent`): validated field by field, its id tied to its time. */
export const LogEventSchema = v.pipe(
  v.object({
    id: EventIdSchema,
    card: CardKeySchema,
    grade: v.picklist([0, 1, 2, 3, 4]),
    state: v.picklist([0, 1, 2, 3]),
    at: v.pipe(epochMs, v.multipleOf(1000, 'must be a whole second')),
    retention: v.pipe(v.number(), v.minValue(0.7), v.maxValue(0.99)),
    weights: v.literal(1),
  }),
  v.forward(
    v.check((e) => idMatchesTime(e.id, e.at), 'must match the review time'),
    ['id'],
  ),
);

export const QuizResultSchema = v.object({
  id: v.pipe(v.string(), v.minLength(4), v.maxLength(64)),
  at: epochMs,
  scope: v.pipe(v.string(), v.maxLength(500)),
  score: v.pipe(v.number(), v.integer(), v.minValue(0)),
  total: v.pipe(v.number(), v.integer(), v.minValue(1)),
  durationMs: v.pipe(v.number(), v.finite(), v.minValue(0)),
  misses: v.array(v.object({ conceptId: v.string(), question: v.string(), answer: v.string() })),
});

export const SettingsSchema = v.object({
  newPerDay: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(999)),
  retention: v.pipe(v.number(), v.minValue(0.8), v.maxValue(0.97)),
  dayStartHour: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(23)),
  theme: v.picklist(['system', 'light', 'dark']),
});

export type LogEntry = LogEvent;
export type QuizResult = v.InferOutput<typeof QuizResultSchema>;
export type Settings = v.InferOutput<typeof SettingsSchema>;

/** The log by UTC month (`YYYY-MM`), each month's events in `eventOrder`. */
export type MonthlyLog = Record<string, readonly LogEvent[]>;

/**
 * What the learner did, as stored and merged: the log (every event, undone ones included: the log is append-only),
 * the ids undone (tombstones) and quiz results. Card states are not here: they are the log's replay.
 */
export interface ProgressData {
  /**
   * Changes when progress is reset or replaced: a tab holding another generation adopts the stored data instead of
   * merging, so an old tab cannot bring back what the learner deleted.
   */
  generation: string;
  log: MonthlyLog;
  undone: readonly string[];
  quizzes: readonly QuizResult[];
}

export const defaultSettings: Settings = { newPerDay: 20, retention: 0.9, dayStartHour: 4, theme: 'system' };
export const emptyProgress = (generation = 'initial'): ProgressData => ({
  generation,
  log: {},
  undone: [],
  quizzes: [],
});
