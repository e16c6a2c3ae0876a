// The one conflict rule: two copies of progress meet as a union of events, tombstones and quizzes. Nothing wins.
import { type CardAction, unionActions } from '../engine/card-actions';
import { eventOrder, type LogEvent, unionEvents } from '../engine/replay';
import type { MonthlyLog, ProgressData, QuizResult } from './progress-schema';

export interface MergeOutcome {
  data: ProgressData;
  /**
   * Cards whose events or tombstones changed: the only ones to replay. The value is the earliest event added to the
   * card, or null when a tombstone hit it (then the card is replayed from its start).
   */
  changedCards: Map<string, LogEvent | null>;
  /** Months whose events changed. */
  changedMonths: Set<string>;
  /** True when the head (tombstones, quizzes or card actions) changed. */
  headChanged: boolean;
  /** True when card actions or tombstones changed: the marks are replayed again. */
  actionsChanged: boolean;
}

/** What another copy may hold: a whole copy, or only some months and part of a head. */
export interface ProgressPart {
  log?: MonthlyLog;
  undone?: readonly string[];
  quizzes?: readonly QuizResult[];
  actions?: readonly CardAction[];
}

/**
 * The union of `mine` and what `theirs` holds (a whole copy, or only some months and part of a head). Commutative,
 * associative and idempotent: the result holds every event either had, every tombstone either had, every quiz.
 * `mine.generation` is kept: copies of different generations are never merged (the newer one is adopted).
 */
export function mergeProgress(mine: ProgressData, theirs: ProgressPart): MergeOutcome {
  const changedCards = new Map<string, LogEvent | null>();
  const changedMonths = new Set<string>();
  let log = mine.log;
  for (const [month, events] of Object.entries(theirs.log ?? {})) {
    const a = mine.log[month] ?? [];
    const merged = unionEvents(a, events);
    if (merged === a) continue;
    if (log === mine.log) log = { ...mine.log };
    log[month] = merged;
    changedMonths.add(month);
    const had = new Set(a.map((e) => e.id));
    for (const e of merged) {
      if (had.has(e.id)) continue;
      const earliest = changedCards.get(e.card);
      if (earliest === undefined || (earliest !== null && eventOrder(e, earliest) < 0))
        changedCards.set(e.card, e);
    }
  }
  let undone = mine.undone;
  const mineUndone = new Set(mine.undone);
  const addedUndone = (theirs.undone ?? []).filter((id) => !mineUndone.has(id));
  if (addedUndone.length > 0) {
    undone = [...mine.undone, ...new Set(addedUndone)];
    const ids = new Set(addedUndone);
    for (const events of Object.values(log))
      for (const e of events) if (ids.has(e.id)) changedCards.set(e.card, null);
  }
  let quizzes = mine.quizzes;
  const quizIds = new Set(mine.quizzes.map((q) => q.id));
  const addedQuizzes = (theirs.quizzes ?? []).filter((q) => !quizIds.has(q.id));
  if (addedQuizzes.length > 0) quizzes = sortQuizzes([...mine.quizzes, ...uniqueById(addedQuizzes)]);
  const actions = unionActions(mine.actions, theirs.actions ?? []);
  const headChanged = undone !== mine.undone || quizzes !== mine.quizzes || actions !== mine.actions;
  const data =
    log === mine.log && !headChanged ? mine : { generation: mine.generation, log, undone, quizzes, actions };
  return {
    data,
    changedCards,
    changedMonths,
    headChanged,
    actionsChanged: actions !== mine.actions || undone !== mine.undone,
  };
}

/** Whether `a` holds something `b` lacks, for the parts `b` covers: then `a` must be written back. */
export function holdsMore(a: ProgressData, b: ProgressPart): { months: string[]; head: boolean } {
  const months: string[] = [];
  for (const [month, events] of Object.entries(b.log ?? {})) {
    const ids = new Set(events.map((e) => e.id));
    if ((a.log[month] ?? []).some((e) => !ids.has(e.id))) months.push(month);
  }
  let head = false;
  if (b.undone) {
    const ids = new Set(b.undone);
    head = a.undone.some((id) => !ids.has(id));
  }
  if (b.quizzes && !head) {
    const ids = new Set(b.quizzes.map((q) => q.id));
    head = a.quizzes.some((q) => !ids.has(q.id));
  }
  if (b.actions && !head) {
    const ids = new Set(b.actions.map((x) => x.id));
    head = a.actions.some((x) => !ids.has(x.id));
  }
  return { months, head };
}

const sortQuizzes = (q: QuizResult[]) =>
  q.sort((x, y) => x.at - y.at || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));

function uniqueById<T extends { id: string }>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((q) => !seen.has(q.id) && seen.add(q.id) !== undefined);
}

/**
 * The events a learner sees, month by month: without undone reviews, and without reviews of cards the deck does
 * not have (an imported file's: kept in the log, counted nowhere). Months with nothing to drop are shared.
 */
export function liveLog(
  log: MonthlyLog,
  undone: ReadonlySet<string>,
  isKnownCard: (key: string) => boolean = () => true,
  months: Iterable<string> = Object.keys(log),
  base: MonthlyLog = {},
): MonthlyLog {
  const out: Record<string, readonly LogEvent[]> = { ...base };
  for (const month of months) {
    const events = log[month] ?? [];
    const keep = (e: LogEvent) => !undone.has(e.id) && isKnownCard(e.card);
    out[month] = events.every(keep) ? events : events.filter(keep);
  }
  return out;
}
