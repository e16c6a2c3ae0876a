// What a learner does to a card besides grading it (suspend, bury, flag, edit) and their notes on a concept: events
// kept beside the review log under its rules (unique ids, append-only, union merge, tombstones), and the marks on
// each card that are their replay. Forget is not here: it changes scheduling, so it is a review-log event.
import { nextStudyDayStart } from './day';
import type { StoredCard } from './scheduler';

/** The text of a card as the learner sees it: the deck's, or their edit of it. */
export interface CardText {
  prompt: string;
  answer: string;
  why: string;
}

interface ActionBase {
  /** Unique like a review id (the second, then random characters): tombstones and merges name actions by it. */
  id: string;
  at: number;
  /** A card key (`conceptId/cardId`), or a concept id for a note. */
  target: string;
}

export type MarkKind = 'suspend' | 'unsuspend' | 'bury' | 'unbury' | 'flag' | 'unflag' | 'restore';

export type CardAction =
  | (ActionBase & { kind: MarkKind })
  /** The learner's wording, and the deck's wording it replaced: a deck update is told apart from the edit. */
  | (ActionBase & { kind: 'edit'; text: CardText; original: CardText })
  /** The learner's note on a concept; '' clears it. */
  | (ActionBase & { kind: 'note'; note: string });

export type CardActionKind = CardAction['kind'];

/** Marks on one card: each the latest of its pair, so a replay in any order of arrival gives the same marks. */
export interface CardMarks {
  /** The learner's last suspend or unsuspend, and when. */
  suspension?: { suspended: boolean; at: number };
  /** When the learner buried the card (undefined after an unbury): buried until the next study day starts. */
  buriedAt?: number;
  flagged: boolean;
  /** The learner's wording, and the deck's when they edited it; undefined after "Restore original". */
  edit?: { text: CardText; original: CardText; at: number };
}

export interface ConceptNote {
  text: string;
  at: number;
}

export interface ActionReplay {
  marks: ReadonlyMap<string, CardMarks>;
  notes: ReadonlyMap<string, ConceptNote>;
}

/** The order actions replay in: by time, then id, the same rule as the review log's. */
export function actionOrder(a: CardAction, b: CardAction): number {
  return a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Every card's marks and every concept's note: the replay of the actions not undone, in `actionOrder`. */
export function replayActions(actions: readonly CardAction[], undone: ReadonlySet<string>): ActionReplay {
  const marks = new Map<string, CardMarks>();
  const notes = new Map<string, ConceptNote>();
  const sorted = isSorted(actions) ? actions : [...actions].sort(actionOrder);
  for (const a of sorted) {
    if (undone.has(a.id)) continue;
    if (a.kind === 'note') {
      if (a.note === '') notes.delete(a.target);
      else notes.set(a.target, { text: a.note, at: a.at });
      continue;
    }
    const m = { ...(marks.get(a.target) ?? { flagged: false }) };
    switch (a.kind) {
      case 'suspend':
      case 'unsuspend':
        m.suspension = { suspended: a.kind === 'suspend', at: a.at };
        break;
      case 'bury':
        m.buriedAt = a.at;
        break;
      case 'unbury':
        m.buriedAt = undefined;
        break;
      case 'flag':
      case 'unflag':
        m.flagged = a.kind === 'flag';
        break;
      case 'edit':
        m.edit = { text: a.text, original: a.original, at: a.at };
        break;
      case 'restore':
        m.edit = undefined;
        break;
    }
    marks.set(a.target, m);
  }
  return { marks, notes };
}

function isSorted(actions: readonly CardAction[]): boolean {
  for (let i = 1; i < actions.length; i++)
    if (actionOrder(actions[i - 1] as CardAction, actions[i] as CardAction) > 0) return false;
  return true;
}

/**
 * Whether a card is suspended: by the learner's last suspend, or by becoming a leech after their last unsuspend
 * (Anki tags and suspends a leech; unsuspending it keeps the tag, and it is not suspended again for that lapse).
 */
export function isSuspended(marks: CardMarks | undefined, card: StoredCard | undefined): boolean {
  const manual = marks?.suspension;
  const leechAt = card?.leechAt;
  if (leechAt !== undefined && (manual === undefined || manual.at < leechAt)) return true;
  return manual?.suspended ?? false;
}

/** Whether a card is buried at `now`: buried on a study day, it comes back when the next study day starts. */
export function isBuried(marks: CardMarks | undefined, now: number, dayStartHour: number): boolean {
  const at = marks?.buriedAt;
  return at !== undefined && now < buriedUntil(at, dayStartHour);
}

/** When a card buried at `at` comes back: the start of the next study day. */
export const buriedUntil = (at: number, dayStartHour: number): number =>
  nextStudyDayStart(new Date(at), dayStartHour).getTime();

/** Whether a study session may show the card now: not suspended, not buried. */
export const isStudyable = (
  marks: CardMarks | undefined,
  card: StoredCard | undefined,
  now: number,
  dayStartHour: number,
): boolean => !isSuspended(marks, card) && !isBuried(marks, now, dayStartHour);

/**
 * The union of two lists of actions by id, in `actionOrder`: the same merge as the review log's. Returns `a` itself
 * when `b` adds nothing.
 */
export function unionActions(a: readonly CardAction[], b: readonly CardAction[]): readonly CardAction[] {
  if (b.length === 0 || a === b) return a;
  const ids = new Set(a.map((x) => x.id));
  const added = b.filter((x) => !ids.has(x.id) && ids.add(x.id) !== undefined);
  if (added.length === 0) return a;
  return [...a, ...added].sort(actionOrder);
}

/** Whether the deck's wording changed since the learner edited the card: then both versions are shown. */
export const deckChangedSince = (edit: { original: CardText }, deck: CardText): boolean =>
  edit.original.prompt !== deck.prompt ||
  edit.original.answer !== deck.answer ||
  edit.original.why !== deck.why;
