// Schemas for what Descent keeps in localStorage and in export files; types are inferred from them.
import * as v from 'valibot';

const finite = v.pipe(v.number(), v.finite());
const epochMs = v.pipe(v.number(), v.integer(), v.minValue(0));

export const StoredCardSchema = v.object({
  due: epochMs,
  stability: finite,
  difficulty: finite,
  elapsedDays: finite,
  scheduledDays: finite,
  learningSteps: v.pipe(v.number(), v.integer(), v.minValue(0)),
  reps: v.pipe(v.number(), v.integer(), v.minValue(0)),
  lapses: v.pipe(v.number(), v.integer(), v.minValue(0)),
  state: v.picklist([0, 1, 2, 3]),
  lastReview: v.optional(epochMs),
  introduced: v.optional(epochMs),
});

export const CardKeySchema = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9-]+\/[A-Za-z0-9_-]+$/, 'must be conceptId/cardId'),
);

/**
 * One logged event: a grade 1–4, or 0 for a quiz miss that pulled the card forward. `at` is epoch ms, whole seconds.
 * `state` is the card's state before the event (0 new, 1 learning, 2 review, 3 relearning): true retention counts
 * only reviews of cards in the review state.
 */
export const LogEntrySchema = v.pipe(
  v.object({
    id: v.pipe(v.string(), v.regex(/^[0-9a-z]{4,}$/, 'must be a Descent review id')),
    card: CardKeySchema,
    grade: v.picklist([0, 1, 2, 3, 4]),
    state: v.picklist([0, 1, 2, 3]),
    // Whole seconds, up to the largest date JavaScript can hold: what the compact log encoding keeps exactly.
    at: v.pipe(epochMs, v.maxValue(8.64e15), v.multipleOf(1000, 'must be a whole second')),
  }),
  v.forward(
    v.check((e) => e.id.slice(0, -3) === Math.floor(e.at / 1000).toString(36), 'must match the review time'),
    ['id'],
  ),
);

export const QuizResultSchema = v.object({
  id: v.pipe(v.string(), v.minLength(4)),
  at: epochMs,
  scope: v.string(),
  score: v.pipe(v.number(), v.integer(), v.minValue(0)),
  total: v.pipe(v.number(), v.integer(), v.minValue(1)),
  durationMs: v.pipe(v.number(), v.minValue(0)),
  misses: v.array(v.object({ conceptId: v.string(), question: v.string(), answer: v.string() })),
});

export const ProgressDataSchema = v.object({
  /**
   * Changes when progress is reset or replaced by an import: a tab holding another generation adopts the stored
   * data instead of merging, so an old tab cannot bring back what the learner deleted.
   */
  generation: v.optional(v.string()),
  cards: v.record(CardKeySchema, StoredCardSchema),
  /** The review log by UTC month (`YYYY-MM`), so a write rewrites only the current month. */
  log: v.record(v.pipe(v.string(), v.regex(/^\d{4}-\d\d$/, 'must be YYYY-MM')), v.array(LogEntrySchema)),
  undone: v.array(v.string()),
  quizzes: v.array(QuizResultSchema),
});

export const SettingsSchema = v.object({
  newPerDay: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(999)),
  retention: v.pipe(v.number(), v.minValue(0.8), v.maxValue(0.97)),
  dayStartHour: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(23)),
  theme: v.picklist(['system', 'light', 'dark']),
});

export type LogEntry = v.InferOutput<typeof LogEntrySchema>;
export type QuizResult = v.InferOutput<typeof QuizResultSchema>;
export type ProgressData = v.InferOutput<typeof ProgressDataSchema>;
export type Settings = v.InferOutput<typeof SettingsSchema>;

export const defaultSettings: Settings = { newPerDay: 20, retention: 0.9, dayStartHour: 4, theme: 'system' };
export const emptyProgress = (): ProgressData => ({ cards: {}, log: {}, undone: [], quizzes: [] });
