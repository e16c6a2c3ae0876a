// The quiz in progress, stored (`descent:quiz`) so a reload resumes it; validated on read like everything stored.
import * as v from 'valibot';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Question } from '../engine/quiz';
import { PREFIX, type StorageAccess } from './storage';

export const QUIZ_KEY = `${PREFIX}quiz`;
const QUIZ_VERSION = 1;

const QuestionSchema = v.variant('kind', [
  v.object({
    id: v.string(),
    conceptId: v.string(),
    prompt: v.string(),
    explanation: v.string(),
    kind: v.picklist(['mcq', 'true-false']),
    options: v.pipe(v.array(v.string()), v.minLength(2)),
    answer: v.pipe(v.number(), v.integer(), v.minValue(0)),
  }),
  v.object({
    id: v.string(),
    conceptId: v.string(),
    prompt: v.string(),
    explanation: v.string(),
    kind: v.literal('typed'),
    accepted: v.pipe(v.array(v.string()), v.minLength(1)),
  }),
]);

const AnswerSchema = v.object({
  response: v.union([v.number(), v.string()]),
  correct: v.boolean(),
  nearMiss: v.boolean(),
  overridden: v.optional(v.boolean()),
});

const SessionSchema = v.object({
  id: v.string(),
  scope: v.string(),
  questions: v.pipe(v.array(QuestionSchema), v.minLength(1)),
  answers: v.array(AnswerSchema),
  /** Index of the question on screen; equal to answers.length until it is answered. */
  index: v.pipe(v.number(), v.integer(), v.minValue(0)),
  startedAt: v.number(),
  finishedAt: v.optional(v.number()),
});

export type QuizAnswer = v.InferOutput<typeof AnswerSchema>;
export type QuizSession = v.InferOutput<typeof SessionSchema> & { questions: Question[] };

const StateSchema = v.object({ session: v.nullable(SessionSchema) });

export interface QuizSessionState {
  session: QuizSession | null;
  start: (scope: string, questions: Question[], now?: number) => void;
  answer: (answer: QuizAnswer) => void;
  /** "I was right": the learner overrides a typed answer marked wrong. */
  override: () => void;
  next: (now?: number) => void;
  clear: () => void;
}

export type QuizSessionStore = StoreApi<QuizSessionState>;

export function createQuizSessionStore(access: StorageAccess): QuizSessionStore {
  const stored = access.read(QUIZ_KEY, StateSchema, QUIZ_VERSION);
  const save = (session: QuizSession | null) =>
    access.write(QUIZ_KEY, JSON.stringify({ version: QUIZ_VERSION, data: { session } }));
  return createStore<QuizSessionState>()((set, get) => {
    const put = (session: QuizSession | null) => {
      set({ session });
      save(session);
    };
    return {
      session: stored.status === 'ok' ? (stored.data.session as QuizSession | null) : null,
      start: (scope, questions, now = Date.now()) =>
        put({
          id: `${now.toString(36)}${Math.random().toString(36).slice(2, 6)}`,
          scope,
          questions,
          answers: [],
          index: 0,
          startedAt: now,
        }),
      answer: (answer) => {
        const s = get().session;
        if (!s || s.answers.length !== s.index) return;
        put({ ...s, answers: [...s.answers, answer] });
      },
      override: () => {
        const s = get().session;
        const last = s?.answers.at(-1);
        if (!s || !last || last.correct) return;
        put({ ...s, answers: [...s.answers.slice(0, -1), { ...last, correct: true, overridden: true }] });
      },
      next: (now = Date.now()) => {
        const s = get().session;
        if (!s || s.answers.length <= s.index) return;
        const index = s.index + 1;
        put(index >= s.questions.length ? { ...s, index, finishedAt: now } : { ...s, index });
      },
      clear: () => put(null),
    };
  });
}
