// What the learner did: the review log (the truth), its tombstones and quiz results; card states are its replay.
import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  type ActionReplay,
  actionOrder,
  type CardAction,
  type CardText,
  type MarkKind,
  replayActions,
} from '../engine/card-actions';
import {
  eventOrder,
  FORGET,
  type LogEvent,
  type MonthStarts,
  recordStart,
  replayAll,
  replayChanged,
  step,
} from '../engine/replay';
import { DEFAULT_STEPS, type Grade, type StoredCard } from '../engine/scheduler';
import { makeEventId, monthOf } from './log-codec';
import { holdsMore, liveLog, mergeProgress, type ProgressPart } from './merge';
import { emptyProgress, type MonthlyLog, type ProgressData, type QuizResult } from './progress-schema';
import {
  createProgressPersistence,
  FIRST_GENERATION,
  newGeneration,
  type PeekResult,
  PROGRESS_KEY,
} from './progress-storage';
import type { StatusStore } from './status';
import type { StorageAccess } from './storage';

export interface ProgressState extends ProgressData {
  /** Every card's state: the replay of its events minus tombstones. A cache, never patched by another rule. */
  cards: Readonly<Record<string, StoredCard>>;
  /** The log as the learner sees it: without undone reviews. */
  reviews: MonthlyLog;
  /** Another tab runs a newer Descent: nothing is changed or written until this tab reloads. */
  readOnly: boolean;
  /** Undo stacks, one per study session: the ids of its reviews, newest last. Not persisted. */
  sessions: Readonly<Record<string, readonly string[]>>;
  /** Grades a card now; returns the review's id (undefined when read-only). */
  grade: (card: string, grade: Grade, session?: string) => string | undefined;
  /** Card marks (suspended, buried, flagged, edited) and concept notes: the replay of the card actions. */
  marks: ActionReplay['marks'];
  notes: ActionReplay['notes'];
  /** Undoes the session's last review, Forget or card action that is not undone yet; returns its card. */
  undo: (session: string) => string | undefined;
  /** What `undo` would undo next in this session: a review (a grade or quiz miss), a Forget, or a card action. */
  nextUndo: (session: string) => { card: string; kind: 'review' | 'forget' | CardAction['kind'] } | undefined;
  /** Puts a card back to new (Anki's Forget), as an event of the log; returns its id. */
  forget: (card: string, session?: string) => string | undefined;
  /** Suspends, buries, flags or restores a card (or undoes one of those by its opposite); returns the action's id. */
  mark: (card: string, kind: MarkKind, session?: string) => string | undefined;
  /** The learner's wording of a card; `original` is the deck's wording it replaces. */
  edit: (card: string, text: CardText, original: CardText, session?: string) => string | undefined;
  /** The learner's note on a concept ('' clears it). */
  note: (conceptId: string, text: string) => string | undefined;
  /**
   * Keeps a finished quiz and sends `revisit` back to study: studied cards become due now, cards never studied go
   * to the front of the new-card line (still new, still within the daily limit). Idempotent by quiz id.
   */
  recordQuiz: (result: QuizResult, revisit: readonly string[]) => void;
  /** Merges another copy (an import with Merge): a union, nothing lost on either side. */
  merge: (other: ProgressPart) => boolean;
  /**
   * Replaces progress with `data` in a new generation (or in `generation`: another device's reset, adopted); false,
   * with nothing changed, when it does not fit.
   */
  replace: (
    data: Pick<ProgressData, 'log' | 'undone' | 'quizzes'> & { actions?: readonly CardAction[] },
    generation?: string,
  ) => boolean;
  reset: () => boolean;
  /**
   * Another tab wrote `key` (a storage event): take it in, and write back what only this tab holds. `null`: it
   * cleared all storage; this tab's progress is written again, whole, with its next change.
   */
  syncKey: (key: string | null) => void;
}

export type ProgressStore = StoreApi<ProgressState>;

export interface ProgressStoreOptions {
  access: StorageAccess;
  status: StatusStore;
  /** The clock; tests pass a fixed one. */
  now?: () => Date;
  random?: () => number;
  /** The retention new reviews are scheduled with (the learner's setting). */
  retention?: () => number;
  /** The learning steps new reviews are scheduled with (the learner's setting). */
  learningSteps?: () => string;
  /** Whether the deck has this card: reviews of other cards (from an imported file) are kept but not counted. */
  isKnownCard?: (key: string) => boolean;
}

/** Times are kept to whole seconds: the log stores seconds, and a replay must use the same instant. */
const wholeSecond = (d: Date) => Math.floor(d.getTime() / 1000) * 1000;

export function createProgressStore({
  access,
  status,
  now = () => new Date(),
  random = Math.random,
  retention = () => 0.9,
  learningSteps = () => DEFAULT_STEPS,
  isKnownCard = () => true,
}: ProgressStoreOptions): ProgressStore {
  const view = (log: MonthlyLog, undone: readonly string[], months?: Iterable<string>, base?: MonthlyLog) =>
    liveLog(log, new Set(undone), isKnownCard, months, base);
  const persistence = createProgressPersistence(access, retention);
  /** The last event each card's cached state has applied: a later event steps on from there, no full replay. */
  const applied = new Map<string, LogEvent>();
  /** Each card's state at the start of each month it has events in: where a merge into the past replays from. */
  const starts: MonthStarts = new Map();

  const rebuild = (data: ProgressData) => {
    // Cards the deck does not have (an imported file's) stay in the log but get no state: they count nowhere.
    const all: LogEvent[] = [];
    for (const events of Object.values(data.log))
      for (const e of events) if (isKnownCard(e.card)) all.push(e);
    const cards = replayAll(all, new Set(data.undone), starts, applied);
    return {
      cards,
      reviews: view(data.log, data.undone),
      ...replayActions(data.actions, new Set(data.undone)),
    };
  };

  const loaded = persistence.load();
  const initial = loaded.kind === 'ok' ? loaded.data : emptyProgress(FIRST_GENERATION);

  const store = createStore<ProgressState>()((set, get) => {
    const dataOf = (s: ProgressState): ProgressData => ({
      generation: s.generation,
      log: s.log,
      undone: s.undone,
      quizzes: s.quizzes,
      actions: s.actions,
    });

    /** Replays the changed cards (see `replayChanged`) and remembers where each now stands. */
    const replayCards = (
      data: ProgressData,
      previous: Readonly<Record<string, StoredCard>>,
      changed: ReadonlyMap<string, LogEvent | null>,
    ) => {
      const known = new Map([...changed].filter(([key]) => isKnownCard(key)));
      const { cards, tails } = replayChanged(
        previous,
        (key) => applied.get(key),
        Object.values(data.log),
        new Set(data.undone),
        known,
        starts,
      );
      for (const [key, tail] of tails) {
        if (tail) applied.set(key, tail);
        else applied.delete(key);
      }
      return cards;
    };

    /** Writes a change: first takes in what another tab wrote to the same keys, so no write ever drops theirs. */
    const save = (months: Iterable<string>): boolean => {
      if (!writable()) return false;
      const list = [...months];
      const peeked = persistence.peek(get().generation, list);
      if (!absorb(peeked)) return false;
      const ok = persistence.write(dataOf(get()), list);
      if (ok) status.getState().clearWriteFailure();
      return ok;
    };

    /** Takes in what storage holds; false when this tab must not write (read-only now, or it adopted a reset). */
    const absorb = (peeked: PeekResult): boolean => {
      if (peeked.kind === 'newer') {
        access.freeze(peeked.version);
        set({ readOnly: true });
        return false;
      }
      if (peeked.kind === 'generation') {
        adopt();
        return false;
      }
      if (peeked.kind === 'changed') {
        apply(mergeProgress(dataOf(get()), { log: peeked.log, ...peeked.head }));
      }
      return true;
    };

    const apply = ({
      data,
      changedCards,
      changedMonths,
      actionsChanged,
    }: ReturnType<typeof mergeProgress>) => {
      const s = get();
      if (data === dataOf(s)) return;
      const marks = actionsChanged ? replayActions(data.actions, new Set(data.undone)) : {};
      const cards = replayCards(data, s.cards, changedCards);
      // New tombstones can hide events in any month; new events change only their own months.
      const reviews =
        data.undone === s.undone
          ? view(data.log, data.undone, changedMonths, s.reviews)
          : view(data.log, data.undone);
      set({ ...data, cards, reviews, ...marks });
    };

    const adopt = () => {
      const result = persistence.load();
      if (result.kind === 'newer') {
        set({ readOnly: true });
        return;
      }
      set({ ...result.data, ...rebuild(result.data), sessions: {} });
    };

    /** Whether this tab may change progress: not when a newer Descent has written (then it turns read-only). */
    const writable = () => {
      if (get().readOnly) return false;
      if (!access.isFrozen()) return true;
      set({ readOnly: true });
      return false;
    };

    /** The time an event on `card` is logged at: now, or just after its last event if the clock went back. */
    const eventTime = (card: string) => {
      const at = wholeSecond(now());
      const last = applied.get(card);
      return last && at <= last.at ? last.at + 1000 : at;
    };

    const append = (log: MonthlyLog, event: LogEvent): MonthlyLog => {
      const month = monthOf(event.at);
      const events = log[month] ?? [];
      const last = events.at(-1);
      const list =
        !last || eventOrder(last, event) < 0 ? [...events, event] : [...events, event].sort(eventOrder);
      return { ...log, [month]: list };
    };

    const makeEvent = (card: string, grade: LogEvent['grade'], state: StoredCard | undefined): LogEvent => {
      const at = eventTime(card);
      const event: LogEvent = {
        id: makeEventId(at, random),
        card,
        grade,
        state: state?.state ?? 0,
        at,
        retention: retention(),
        weights: 1,
      };
      // The default steps are left out, so a log that never changed them is stored exactly as before v3.
      const steps = learningSteps();
      if (steps !== DEFAULT_STEPS) event.steps = steps;
      return event;
    };

    /** Logs one review-log event on a card now: its state steps on, and the session can undo it. */
    const logEvent = (card: string, grade: LogEvent['grade'], session: string | undefined): string => {
      const s = get();
      const event = makeEvent(card, grade, s.cards[card]);
      const log = append(s.log, event);
      const state = step(card, s.cards[card], event);
      recordStart(starts, applied.get(card), event, s.cards[card]);
      applied.set(card, event);
      set({
        log,
        reviews: view(log, s.undone, [monthOf(event.at)], s.reviews),
        cards: { ...s.cards, [card]: state },
        sessions: session
          ? { ...s.sessions, [session]: [...(s.sessions[session] ?? []), event.id] }
          : s.sessions,
      });
      save([monthOf(event.at)]);
      return event.id;
    };

    /** Keeps a card action or note (beside the log, in the head) and replays the marks. */
    const logAction = (make: (id: string, at: number) => CardAction, session: string | undefined) => {
      const s = get();
      // Whole seconds, and after the last action in the list: a clock set back cannot reorder what was done.
      const last = s.actions.at(-1);
      const nowAt = wholeSecond(now());
      const at = last && nowAt <= last.at ? last.at + 1000 : nowAt;
      const action = make(makeEventId(at, random), at);
      const actions =
        !last || actionOrder(last, action) < 0
          ? [...s.actions, action]
          : [...s.actions, action].sort(actionOrder);
      set({
        actions,
        ...replayActions(actions, new Set(s.undone)),
        sessions: session
          ? { ...s.sessions, [session]: [...(s.sessions[session] ?? []), action.id] }
          : s.sessions,
      });
      save([]);
      return action.id;
    };

    return {
      ...initial,
      ...rebuild(initial),
      readOnly: loaded.kind === 'newer' || access.isFrozen(),
      sessions: {},

      grade: (card, grade, session) => {
        if (!writable()) return undefined;
        return logEvent(card, grade, session);
      },

      forget: (card, session) => {
        if (!writable()) return undefined;
        const current = get().cards[card];
        // A card with no state, or one only a quiz pulled forward, is new already: nothing to forget.
        if (!current || (current.state === 0 && current.reps === 0)) return undefined;
        return logEvent(card, FORGET, session);
      },

      mark: (card, kind, session) => {
        if (!writable()) return undefined;
        return logAction((id, at) => ({ id, at, target: card, kind }), session);
      },

      edit: (card, text, original, session) => {
        if (!writable()) return undefined;
        return logAction((id, at) => ({ id, at, target: card, kind: 'edit', text, original }), session);
      },

      note: (conceptId, text) => {
        if (!writable()) return undefined;
        if ((get().notes.get(conceptId)?.text ?? '') === text) return undefined;
        return logAction((id, at) => ({ id, at, target: conceptId, kind: 'note', note: text }), undefined);
      },

      nextUndo: (session) => {
        const s = get();
        const undone = new Set(s.undone);
        const id = (s.sessions[session] ?? []).filter((x) => !undone.has(x)).at(-1);
        if (id === undefined) return undefined;
        const event = findEvent(s.log, id);
        if (event) return { card: event.card, kind: event.grade === FORGET ? 'forget' : 'review' };
        const action = s.actions.find((a) => a.id === id);
        return action ? { card: action.target, kind: action.kind } : undefined;
      },

      undo: (session) => {
        const s = get();
        if (!writable()) return undefined;
        const undone = new Set(s.undone);
        const stack = (s.sessions[session] ?? []).filter((id) => !undone.has(id));
        const id = stack.at(-1);
        if (id === undefined) return undefined;
        const event = findEvent(s.log, id);
        const sessions = { ...s.sessions, [session]: stack.slice(0, -1) };
        if (!event) {
          const action = s.actions.find((a) => a.id === id);
          if (!action) {
            set({ sessions });
            return undefined;
          }
          const undoneIds = [...s.undone, id];
          set({ undone: undoneIds, sessions, ...replayActions(s.actions, new Set(undoneIds)) });
          save([]);
          return action.target;
        }
        const data: ProgressData = { ...dataOf(s), undone: [...s.undone, id] };
        undone.add(id);
        set({
          undone: data.undone,
          cards: replayCards(data, s.cards, new Map([[event.card, null]])),
          reviews: view(s.log, data.undone, [monthOf(event.at)], s.reviews),
          sessions,
        });
        save([]);
        return event.card;
      },

      recordQuiz: (result, revisit) => {
        const s = get();
        if (!writable() || s.quizzes.some((q) => q.id === result.id)) return;
        let log = s.log;
        let cards = s.cards;
        const months = new Set<string>();
        for (const key of revisit) {
          const current = cards[key];
          // A studied card already due, or a new card already at the front of the line, needs no event.
          if (
            current &&
            (current.state === 0 ? current.pulled !== undefined : current.due <= now().getTime())
          )
            continue;
          const event = makeEvent(key, 0, current);
          log = append(log, event);
          cards = { ...cards, [key]: step(key, current, event) };
          recordStart(starts, applied.get(key), event, current);
          applied.set(key, event);
          months.add(monthOf(event.at));
        }
        const quizzes = [...s.quizzes, result];
        set({ log, cards, quizzes, reviews: view(log, s.undone, months, s.reviews) });
        save(months);
      },

      merge: (other) => {
        if (!writable()) return false;
        // Another tab's writes to these months come in first, so the union written is the union of all three.
        const months = Object.keys(other.log ?? {});
        if (!absorb(persistence.peek(get().generation, months))) return false;
        const outcome = mergeProgress(dataOf(get()), other);
        if (outcome.data === dataOf(get())) return true;
        // All or nothing: an import that does not fit leaves storage and memory as they were.
        if (!persistence.writeAll(outcome.data, outcome.changedMonths)) return false;
        apply(outcome);
        if (persistence.allSaved()) status.getState().clearWriteFailure();
        return true;
      },

      replace: (other, generation) => {
        if (!writable()) return false;
        const data: ProgressData = {
          generation: generation ?? newGeneration(random, now().getTime()),
          log: other.log,
          undone: other.undone,
          quizzes: other.quizzes,
          actions: other.actions ?? [],
        };
        if (!persistence.replace(data)) {
          // What was stored is back as it was and memory never changed: the notice stays only if something this
          // tab held was already waiting to be saved.
          if (persistence.allSaved()) status.getState().clearWriteFailure();
          return false;
        }
        status.getState().clearWriteFailure();
        set({ ...data, ...rebuild(data), sessions: {} });
        return true;
      },

      reset: () => get().replace(emptyProgress()),

      syncKey: (key) => {
        const s = get();
        if (s.readOnly) return;
        if (key === null) {
          persistence.forget(Object.keys(s.log));
          return;
        }
        const peeked = persistence.readKey(key, s.generation);
        if (!absorb(peeked) || peeked.kind !== 'changed') return;
        // Two tabs that wrote in the same instant can each have overwritten part of the other: whatever this tab
        // holds that storage lacks is written back, so both converge on the union.
        const missing = holdsMore(dataOf(get()), { log: peeked.log, ...peeked.head });
        if (missing.months.length > 0 || (key === PROGRESS_KEY && missing.head)) save(missing.months);
      },
    };
  });

  if (loaded.kind === 'ok' && loaded.migrated.length > 0) {
    // Older formats are rewritten once, so every tab reads the current one from now on.
    const s = store.getState();
    if (persistence.write(s, Object.keys(s.log))) status.getState().clearWriteFailure();
  }
  return store;
}

function findEvent(log: MonthlyLog, id: string): LogEvent | undefined {
  for (const events of Object.values(log)) {
    const e = events.find((x) => x.id === id);
    if (e) return e;
  }
  return undefined;
}
