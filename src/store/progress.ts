// What the learner did: card states, the review log, quiz results. Actions call the engine; persistence is chunked.
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { applyGrade, type Grade, type GradeOutcome, pullForward, undoGrade } from '../engine/scheduler';
import { makeEntryId, monthOf } from './log-codec';
import { mergeProgress } from './merge';
import { PROGRESS_VERSION } from './migrations';
import { emptyProgress, type LogEntry, type ProgressData, type QuizResult } from './progress-schema';
import {
  createProgressStorage,
  forgetWrites,
  LOG_PREFIX,
  PROGRESS_KEY,
  readProgress,
} from './progress-storage';
import { useSettings } from './settings';
import { keysWithPrefix, removeKey } from './storage';

interface UndoEntry {
  card: string;
  entry: LogEntry;
  outcome: GradeOutcome;
}

export interface ProgressState extends ProgressData {
  /** Grades of this page's session that Undo can revert, newest last. Not persisted. */
  undoStack: UndoEntry[];
  grade: (card: string, grade: Grade, now?: Date) => void;
  /** Reverts the last grade; returns its card key. */
  undo: () => string | undefined;
  /** Makes these cards due by `now` at the latest (a missed quiz question). */
  pullForward: (cards: readonly string[], now?: Date) => void;
  /** Keeps a finished quiz and sends the missed concepts' cards back to study (see `cardsToRevisit`). */
  recordQuiz: (result: QuizResult, revisit: readonly string[], now?: Date) => void;
  /** Merges another copy of progress (another tab, an import); never loses a review. */
  merge: (other: ProgressData) => void;
  replace: (data: ProgressData) => void;
  reset: () => void;
}

/** Times are kept to whole seconds: the log stores seconds, and replaying a review must use the same instant. */
const wholeSecond = (d: Date) => Math.floor(d.getTime() / 1000) * 1000;

const schedulerOptions = () => ({ retention: useSettings.getState().retention });

const appendEntry = (log: ProgressData['log'], entry: LogEntry): ProgressData['log'] => {
  const month = monthOf(entry.at);
  return { ...log, [month]: [...(log[month] ?? []), entry] };
};

export const useProgress = create<ProgressState>()(
  persist(
    (set, get) => ({
      ...emptyProgress(),
      undoStack: [],
      grade: (card, grade, now = new Date()) => {
        const at = wholeSecond(now);
        const state = get();
        const outcome = applyGrade(state.cards[card], grade, new Date(at), schedulerOptions(), card);
        const entry: LogEntry = {
          id: makeEntryId(at, Math.random),
          card,
          grade,
          state: state.cards[card]?.state ?? 0,
          at,
        };
        set({
          cards: { ...state.cards, [card]: outcome.card },
          log: appendEntry(state.log, entry),
          undoStack: [...state.undoStack, { card, entry, outcome }],
        });
      },
      undo: () => {
        const state = get();
        const last = state.undoStack.at(-1);
        if (!last) return undefined;
        const cards = { ...state.cards };
        const before = undoGrade(last.outcome);
        if (before) cards[last.card] = before;
        else delete cards[last.card];
        const month = monthOf(last.entry.at);
        set({
          cards,
          log: { ...state.log, [month]: (state.log[month] ?? []).filter((e) => e.id !== last.entry.id) },
          undone: [...state.undone, last.entry.id],
          undoStack: state.undoStack.slice(0, -1),
        });
        return last.card;
      },
      pullForward: (keys, now = new Date()) => {
        const at = wholeSecond(now);
        const state = get();
        const cards = { ...state.cards };
        let log = state.log;
        for (const key of keys) {
          const current = cards[key];
          if (current && current.due <= at) continue;
          cards[key] = pullForward(current, at);
          log = appendEntry(log, {
            id: makeEntryId(at, Math.random),
            card: key,
            grade: 0,
            state: current?.state ?? 0,
            at,
          });
        }
        set({ cards, log });
      },
      recordQuiz: (result, revisit, now = new Date()) => {
        if (get().quizzes.some((q) => q.id === result.id)) return;
        set((s) => ({ quizzes: [...s.quizzes, result] }));
        get().pullForward(revisit, now);
      },
      merge: (other) => {
        const { cards, log, undone, quizzes } = get();
        const mine = { cards, log, undone, quizzes };
        const merged = mergeProgress(mine, other, schedulerOptions());
        if (merged !== mine) set(merged);
      },
      replace: (data) => set({ ...data, undoStack: [] }),
      reset: () => {
        for (const key of [PROGRESS_KEY, ...keysWithPrefix(LOG_PREFIX)]) removeKey(key);
        forgetWrites();
        set({ ...emptyProgress(), undoStack: [] });
      },
    }),
    {
      name: PROGRESS_KEY,
      version: PROGRESS_VERSION,
      storage: createProgressStorage((month, entries) => {
        // Another tab wrote this month between our writes: take its entries in too.
        queueMicrotask(() => useProgress.getState().merge({ ...emptyProgress(), log: { [month]: entries } }));
      }),
      partialize: ({ cards, log, undone, quizzes }) => ({ cards, log, undone, quizzes }),
      // readProgress validates and migrates every key itself (the log spans many keys), so this sees current data.
      migrate: (persisted) => persisted as ProgressData,
      merge: (persisted, current) => ({ ...current, ...(persisted as ProgressData) }),
    },
  ),
);

/** Follows other tabs: a `storage` event for any of our keys merges what they wrote into this tab. */
export function listenToOtherTabs(target: Window = window): () => void {
  const onStorage = (e: StorageEvent) => {
    if (e.key === null || e.key === PROGRESS_KEY || e.key.startsWith(LOG_PREFIX)) {
      const theirs = readProgress();
      if (theirs) useProgress.getState().merge(theirs);
    }
  };
  target.addEventListener('storage', onStorage);
  return () => target.removeEventListener('storage', onStorage);
}

export const progressSnapshot = (): ProgressData => {
  const { cards, log, undone, quizzes } = useProgress.getState();
  return { cards, log, undone, quizzes };
};
