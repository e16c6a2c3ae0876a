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
  /** Replaces progress (an import), starting a new generation that other tabs adopt rather than merge. */
  replace: (data: ProgressData) => void;
  reset: () => void;
  /** Takes another tab's data as it is (after it reset or replaced progress). */
  adopt: (data: ProgressData) => void;
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
        const mine = progressSnapshot();
        const merged = mergeProgress(mine, other, schedulerOptions());
        if (merged !== mine) set(merged);
      },
      replace: (data) => {
        // Months the new data does not have must not linger in storage, or a later write would merge them back.
        for (const key of keysWithPrefix(LOG_PREFIX))
          if (!(key.slice(LOG_PREFIX.length) in data.log)) removeKey(key);
        forgetWrites();
        set({ ...data, generation: newGeneration(), undoStack: [] });
      },
      reset: () => {
        for (const key of [PROGRESS_KEY, ...keysWithPrefix(LOG_PREFIX)]) removeKey(key);
        forgetWrites();
        set({ ...emptyProgress(), generation: newGeneration(), undoStack: [] });
      },
      adopt: (data) => set({ ...data, undoStack: [] }),
    }),
    {
      name: PROGRESS_KEY,
      version: PROGRESS_VERSION,
      storage: createProgressStorage({
        options: schedulerOptions,
        // Another tab wrote between our writes. Memory takes it in after this write: merged into whatever this tab
        // has done since (a merge never drops a review), or adopted whole after a reset or import elsewhere.
        onExternal: (data, how) =>
          queueMicrotask(() =>
            how === 'adopt' ? useProgress.getState().adopt(data) : useProgress.getState().merge(data),
          ),
      }),
      partialize: ({ generation, cards, log, undone, quizzes }) => ({
        generation,
        cards,
        log,
        undone,
        quizzes,
      }),
      // readProgress validates and migrates every key itself (the log spans many keys), so this sees current data.
      migrate: (persisted) => persisted as ProgressData,
      merge: (persisted, current) => ({ ...current, ...(persisted as ProgressData) }),
    },
  ),
);

const newGeneration = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

/**
 * Follows other tabs: a `storage` event for any of our keys merges what they wrote into this tab, or adopts it
 * when they reset or replaced progress (a new generation).
 */
export function listenToOtherTabs(target: Window = window): () => void {
  const onStorage = (e: StorageEvent) => {
    if (e.key === null || e.key === PROGRESS_KEY || e.key.startsWith(LOG_PREFIX)) {
      const theirs = readProgress();
      if (!theirs) return;
      const state = useProgress.getState();
      if (theirs.generation !== state.generation) state.adopt(theirs);
      else state.merge(theirs);
    }
  };
  target.addEventListener('storage', onStorage);
  return () => target.removeEventListener('storage', onStorage);
}

export function progressSnapshot(): ProgressData {
  const { generation, cards, log, undone, quizzes } = useProgress.getState();
  return { generation, cards, log, undone, quizzes };
}

if (typeof window !== 'undefined') listenToOtherTabs(window);
