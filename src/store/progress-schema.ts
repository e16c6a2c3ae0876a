// Schemas for what Descent keeps in localStorage and in export files; types are inferred from them.
import * as v from 'valibot';
import { topics } from '../content/schema';
import type { CardAction } from '../engine/card-actions';
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

/**
 * FSRS learning steps as ts-fsrs writes them: up to 8 whole minutes, hours or days, separated by spaces ("1m 10m").
 * Empty: a new card goes straight to review.
 */
export const LearningStepsSchema = v.pipe(
  v.string(),
  v.regex(/^(?:[1-9]\d{0,3}[mhd](?: [1-9]\d{0,3}[mhd]){0,7})?$/, 'must be steps like "1m 10m"'),
);
export const DEFAULT_LEARNING_STEPS = '1m 10m';

/** One event of the log (see `LogEvent`): validated field by field, its id tied to its time. */
export const LogEventSchema = v.pipe(
  v.object({
    id: EventIdSchema,
    card: CardKeySchema,
    grade: v.picklist([-1, 0, 1, 2, 3, 4]),
    state: v.picklist([0, 1, 2, 3]),
    at: v.pipe(epochMs, v.multipleOf(1000, 'must be a whole second')),
    retention: v.pipe(v.number(), v.minValue(0.7), v.maxValue(0.99)),
    weights: v.literal(1),
    steps: v.optional(LearningStepsSchema),
  }),
  v.forward(
    v.check((e) => idMatchesTime(e.id, e.at), 'must match the review time'),
    ['id'],
  ),
);

/** A card's text as the learner edits it: plain text (rendered as text, never markup), bounded. */
const CardTextSchema = v.object({
  prompt: v.pipe(v.string(), v.maxLength(2000)),
  answer: v.pipe(v.string(), v.maxLength(2000)),
  why: v.pipe(v.string(), v.maxLength(4000)),
});

const actionBase = {
  id: EventIdSchema,
  at: v.pipe(epochMs, v.multipleOf(1000, 'must be a whole second')),
};

/** One card action or note (see `CardAction`): validated like a review, its id tied to its time. */
export const CardActionSchema: v.GenericSchema<unknown, CardAction> = v.pipe(
  v.variant('kind', [
    v.object({
      ...actionBase,
      target: CardKeySchema,
      kind: v.picklist(['suspend', 'unsuspend', 'bury', 'unbury', 'flag', 'unflag', 'restore']),
    }),
    v.object({
      ...actionBase,
      target: CardKeySchema,
      kind: v.literal('edit'),
      text: v.pipe(
        CardTextSchema,
        v.check(
          (t) => t.prompt.trim() !== '' && t.answer.trim() !== '',
          'an edit keeps a prompt and an answer',
        ),
      ),
      original: CardTextSchema,
    }),
    v.object({
      ...actionBase,
      target: v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a concept id')),
      kind: v.literal('note'),
      note: v.pipe(v.string(), v.maxLength(20_000)),
    }),
  ]),
  v.forward(
    v.check((a) => idMatchesTime(a.id, a.at), 'must match the action time'),
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

/** The topics in the order new cards are introduced: every topic once. */
const TopicOrderSchema = v.pipe(
  v.array(v.picklist(topics)),
  v.check(
    (list) => list.length === topics.length && new Set(list).size === topics.length,
    'must list each topic once',
  ),
);

/**
 * The learner's settings. Fields added after v1 are optional with their defaults, so an older settings value and an
 * older export file read as the defaults for what they did not know.
 */
export const SettingsSchema = v.object({
  newPerDay: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(999)),
  /** Anki's "maximum reviews/day": new cards are shown only while reviews leave room under it. */
  reviewsPerDay: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(9999)), 200),
  retention: v.pipe(v.number(), v.minValue(0.8), v.maxValue(0.97)),
  learningSteps: v.optional(LearningStepsSchema, DEFAULT_LEARNING_STEPS),
  topicOrder: v.optional(TopicOrderSchema, () => [...topics]),
  dayStartHour: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(23)),
  theme: v.picklist(['system', 'light', 'dark']),
  /** Swipe right for Good, left for Again on a touch screen: off unless the learner turns it on. */
  swipeToGrade: v.optional(v.boolean(), false),
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
  /** Tombstones: ids of undone reviews and undone card actions. */
  undone: readonly string[];
  quizzes: readonly QuizResult[];
  /** Card actions (suspend, bury, flag, edit) and concept notes, in `actionOrder`: beside the log, same rules. */
  actions: readonly CardAction[];
}

export const defaultSettings: Settings = {
  newPerDay: 20,
  reviewsPerDay: 200,
  retention: 0.9,
  learningSteps: DEFAULT_LEARNING_STEPS,
  topicOrder: [...topics],
  dayStartHour: 4,
  theme: 'system',
  swipeToGrade: false,
};
export const emptyProgress = (generation = 'initial'): ProgressData => ({
  generation,
  log: {},
  undone: [],
  quizzes: [],
  actions: [],
});
