// The only module that imports ts-fsrs: converts stored plain data to ts-fsrs cards and back, previews, grades, undoes.
import {
  type AbstractScheduler,
  createEmptyCard,
  type FSRS,
  type Card as FsrsCard,
  type Grade as FsrsGrade,
  fsrs,
  generatorParameters,
  StrategyMode,
} from 'ts-fsrs';

/** 1 Again, 2 Hard, 3 Good, 4 Easy: the same numbers as ts-fsrs `Rating` and the keyboard keys. */
export type Grade = 1 | 2 | 3 | 4;
export const grades: readonly Grade[] = [1, 2, 3, 4];
export const gradeNames: Record<Grade, 'Again' | 'Hard' | 'Good' | 'Easy'> = {
  1: 'Again',
  2: 'Hard',
  3: 'Good',
  4: 'Easy',
};

/** 0 New, 1 Learning, 2 Review, 3 Relearning (ts-fsrs `State`). */
export type CardStateKind = 0 | 1 | 2 | 3;

/** A card's scheduling state at rest: plain numbers, times in epoch milliseconds. */
export interface StoredCard {
  due: number;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: CardStateKind;
  lastReview?: number;
  /** When the learner first graded the card: it counts against that day's new-card limit. */
  introduced?: number;
}

export interface SchedulerOptions {
  /** Target probability of recall at the due date, 0.80–0.97. */
  retention: number;
}

const schedulers = new Map<number, FSRS>();

/** The card being scheduled, as ts-fsrs sees it inside a strategy: with our card key attached for the seed. */
type SeededCard = FsrsCard & { card_key?: string };

/**
 * The fuzz seed: the card's key and its state before the review, not the review time (ts-fsrs's default). So the
 * interval shown on a button when the answer appears is the one a grade a few seconds later schedules, and a replay
 * of the same reviews gives the same fuzz.
 */
function seed(this: AbstractScheduler): string {
  // `last` (the card as it was before this review) is protected in ts-fsrs's types; `current` already carries the
  // review time as its last review, which is what must not enter the seed.
  const c = (this as unknown as { last: SeededCard }).last;
  return `${c.card_key ?? ''}_${c.reps}_${c.difficulty * c.stability}_${c.last_review?.getTime() ?? 0}`;
}

function scheduler({ retention }: SchedulerOptions): FSRS {
  let f = schedulers.get(retention);
  if (!f) {
    f = fsrs(generatorParameters({ request_retention: retention, enable_fuzz: true })).useStrategy(
      StrategyMode.SEED,
      seed,
    );
    schedulers.set(retention, f);
  }
  return f;
}

function toFsrs(card: StoredCard, key?: string): SeededCard {
  return {
    card_key: key,
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as FsrsCard['state'],
    last_review: card.lastReview === undefined ? undefined : new Date(card.lastReview),
  };
}

function fromFsrs(card: FsrsCard, introduced: number | undefined): StoredCard {
  const stored: StoredCard = {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as CardStateKind,
  };
  if (card.last_review) stored.lastReview = card.last_review.getTime();
  if (introduced !== undefined) stored.introduced = introduced;
  return stored;
}

/** A never-studied card, due at `now`. */
export function newCard(now: Date): StoredCard {
  return fromFsrs(createEmptyCard(now), undefined);
}

export interface GradeOutcome {
  card: StoredCard;
  /** The card exactly as it was before this grade (undefined if it was new): what Undo restores. */
  before: StoredCard | undefined;
}

/**
 * Grades a card (undefined = never seen) at `now`. `key` is the card's progress key, which seeds the fuzz. A card
 * graded for the first time counts as introduced now, against the daily new-card limit, unless a missed quiz had
 * already pulled it in (it is then in the store with state New, outside the limit).
 */
export function applyGrade(
  card: StoredCard | undefined,
  grade: Grade,
  now: Date,
  options: SchedulerOptions,
  key?: string,
): GradeOutcome {
  const before = card ?? newCard(now);
  const { card: after } = scheduler(options).next(toFsrs(before, key), now, grade as FsrsGrade);
  const introduced = before.introduced ?? (card === undefined ? now.getTime() : undefined);
  return { card: fromFsrs(after, introduced), before: card };
}

/**
 * Undo restores the snapshot taken before the grade rather than calling ts-fsrs `rollback`: in ts-fsrs 5.4.2
 * `rollback` sets `due` to the previous review's time instead of the previous due date (found by the undo property
 * test), which would make an undone review card look overdue.
 */
export function undoGrade(outcome: GradeOutcome): StoredCard | undefined {
  return outcome.before;
}

/** For each grade, when the card would next be due. */
export function previewDue(
  card: StoredCard | undefined,
  now: Date,
  options: SchedulerOptions,
  key?: string,
): Record<Grade, number> {
  const preview = scheduler(options).repeat(toFsrs(card ?? newCard(now), key), now);
  return {
    1: preview[1].card.due.getTime(),
    2: preview[2].card.due.getTime(),
    3: preview[3].card.due.getTime(),
    4: preview[4].card.due.getTime(),
  };
}

/** Probability of recall now, 0–1 (0 for a card never studied). */
export function retrievability(card: StoredCard | undefined, now: Date, options: SchedulerOptions): number {
  if (!card || card.state === 0) return 0;
  return scheduler(options).get_retrievability(toFsrs(card), now, false);
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A short interval label as Anki shows it on its buttons: "1m", "10m", "3h", "4d", "2.1mo", "1.3y". */
export function formatInterval(ms: number): string {
  const m = Math.max(0, ms);
  if (m < HOUR) return `${Math.max(1, Math.round(m / MINUTE))}m`;
  if (m < DAY) return `${Math.round(m / HOUR)}h`;
  const days = m / DAY;
  if (days < 30) return `${Math.round(days)}d`;
  if (days < 365) return `${trim(days / 30)}mo`;
  return `${trim(days / 365)}y`;
}

const trim = (n: number) => (Math.round(n * 10) / 10).toString();

/** A logged event: a grade, or 0 for a quiz miss that pulled the card's due date forward to `at`. */
export interface CardEvent {
  grade: 0 | Grade;
  at: number;
}

/** Makes a card due at `at` at the latest (a missed quiz question); never pushes a due date later. */
export function pullForward(card: StoredCard | undefined, at: number): StoredCard {
  const base = card ?? { ...newCard(new Date(at)), due: at };
  return base.due <= at ? base : { ...base, due: at };
}

/**
 * A card's state from its events in time order. Because ts-fsrs seeds its fuzz from the card and the review time,
 * replaying the same events gives the same state, so two tabs' logs merge exactly.
 */
export function replay(
  events: readonly CardEvent[],
  options: SchedulerOptions,
  key?: string,
): StoredCard | undefined {
  let card: StoredCard | undefined;
  const sorted = [...events].sort((a, b) => a.at - b.at);
  for (const e of sorted) {
    card =
      e.grade === 0 ? pullForward(card, e.at) : applyGrade(card, e.grade, new Date(e.at), options, key).card;
  }
  return card;
}
