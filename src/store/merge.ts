// Merges two copies of progress (another tab's, or an imported file) without losing a review.
import { type CardEvent, replay, type SchedulerOptions, type StoredCard } from '../engine/scheduler';
import type { LogEntry, ProgressData, QuizResult } from './progress-schema';

const entryKey = (e: LogEntry) => `${e.id}|${e.card}`;

/** Union of two months' entries by review id, minus undone reviews, in time order. Returns `a` itself if unchanged. */
export function mergeEntries(
  a: readonly LogEntry[],
  b: readonly LogEntry[],
  undone: ReadonlySet<string>,
): LogEntry[] {
  const seen = new Set(a.map(entryKey));
  const added = b.filter((e) => !seen.has(entryKey(e)) && !undone.has(e.id));
  const kept = a.filter((e) => !undone.has(e.id));
  if (added.length === 0 && kept.length === a.length) return a as LogEntry[];
  return [...kept, ...added].sort((x, y) => x.at - y.at);
}

/**
 * The union of `mine` and `theirs`. The log is append-only with unique ids and a card's state is the replay of its
 * events, so a card whose events changed is replayed from the merged log: exact, whatever order the tabs wrote in.
 */
export function mergeProgress(
  mine: ProgressData,
  theirs: ProgressData,
  options: SchedulerOptions,
): ProgressData {
  const undone = new Set([...mine.undone, ...theirs.undone]);
  const log: Record<string, LogEntry[]> = {};
  const changed = new Set<string>();
  for (const month of new Set([...Object.keys(mine.log), ...Object.keys(theirs.log)])) {
    const a = mine.log[month] ?? [];
    const merged = mergeEntries(a, theirs.log[month] ?? [], undone);
    if (merged !== a) {
      const before = new Set(a.map(entryKey));
      const after = new Set(merged.map(entryKey));
      for (const e of merged) if (!before.has(entryKey(e))) changed.add(e.card);
      for (const e of a) if (!after.has(entryKey(e))) changed.add(e.card);
    }
    log[month] = merged;
  }
  const cards = { ...theirs.cards, ...mine.cards };
  if (changed.size > 0) {
    const events = new Map<string, CardEvent[]>();
    for (const entries of Object.values(log)) {
      for (const e of entries) {
        if (!changed.has(e.card)) continue;
        const list = events.get(e.card) ?? [];
        list.push({ grade: e.grade, at: e.at });
        events.set(e.card, list);
      }
    }
    for (const card of changed) {
      const state = replay(events.get(card) ?? [], options, card);
      // A log can be incomplete (a month set aside as corrupt, a write that failed): never let a replay of part of
      // a card's history replace a saved state that has seen more reviews.
      const saved = [mine.cards[card], theirs.cards[card]].filter((c) => c !== undefined);
      const fuller = saved.reduce<StoredCard | undefined>(
        (best, c) => (!best || c.reps > best.reps ? c : best),
        undefined,
      );
      if (state && (!fuller || state.reps >= fuller.reps)) cards[card] = state;
      else if (fuller && state) cards[card] = fuller;
      else if (!state) delete cards[card];
    }
  }
  const quizzes = unionById(mine.quizzes, theirs.quizzes).sort((x, y) => x.at - y.at);
  const unchanged =
    changed.size === 0 &&
    Object.keys(log).length === Object.keys(mine.log).length &&
    Object.entries(log).every(([month, entries]) => mine.log[month] === entries) &&
    undone.size === mine.undone.length &&
    quizzes.length === mine.quizzes.length &&
    Object.keys(cards).length === Object.keys(mine.cards).length;
  // Returning `mine` itself lets the store skip a write, so two tabs do not echo each other forever.
  return unchanged ? mine : { generation: mine.generation, cards, log, undone: [...undone], quizzes };
}

function unionById(a: readonly QuizResult[], b: readonly QuizResult[]): QuizResult[] {
  const ids = new Set(a.map((q) => q.id));
  return [...a, ...b.filter((q) => !ids.has(q.id))];
}
