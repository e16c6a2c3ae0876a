// The only module that imports ts-fsrs: converts stored plain data to ts-fsrs cards and back, previews, grades, undoes.
import {
  type AbstractScheduler,
  ConvertStepUnitToMinutes,
  computeDecayFactor,
  createEmptyCard,
  type FSRS,
  type Card as FsrsCard,
  type Grade as FsrsGrade,
  fsrs,
  generatorParameters,
  get_fuzz_range,
  roundTo,
  S_MAX,
  S_MIN,
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
  /** A new card a missed quiz question pulled to the front of the new-card line (when it was pulled). */
  pulled?: number;
  /** When the card lapsed for the 8th time (Anki's leech threshold): it is then a leech, and suspended. */
  leechAt?: number;
}

export interface SchedulerOptions {
  /** Target probability of recall at the due date, 0.80–0.97. */
  retention: number;
  /** FSRS learning steps, ts-fsrs's units separated by spaces ("1m 10m", the default); "" for none. */
  learningSteps?: string;
}

/** ts-fsrs's default learning steps, and what a review logged before steps were a setting was scheduled with. */
export const DEFAULT_STEPS = '1m 10m';

type StepUnit = `${number}${'m' | 'h' | 'd'}`;
const stepList = (steps: string): StepUnit[] => (steps === '' ? [] : (steps.split(' ') as StepUnit[]));

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

/**
 * Everything the fast path needs for one retention, read once from the ts-fsrs instance that previews and the
 * reference use, so both agree on weights (`default_w` after ts-fsrs's own clipping), interval modifier, maximum
 * interval and steps by construction rather than by copied numbers. Values that depend only on the grade are
 * computed here with the same expressions ts-fsrs evaluates on every review, so they are bit-identical.
 */
interface Rules {
  retention: number;
  steps: string;
  fsrs: FSRS;
  intervalModifier: number;
  maximumInterval: number;
  decay: number;
  factor: number;
  /** Minutes: the `learning_steps` and `relearning_steps` ts-fsrs parses from strings on every review. */
  learningSteps: readonly number[];
  relearningSteps: readonly number[];
  /** By grade (index 0 unused): a new card's difficulty and stability. */
  initDifficulty: ByGrade;
  initStability: ByGrade;
  /** By grade: `exp(w17 * (g - 3 + w18))`, the same-day stability growth. */
  shortTermGrowth: ByGrade;
  /** `init_difficulty(Easy)`, the target of difficulty's mean reversion. */
  easyDifficulty: number;
  expW8: number;
  /** `exp(w17 * w18)`: a lapse keeps at least stability / this. */
  lapseFloorDivisor: number;
  w6: number;
  w7: number;
  w9: number;
  w10: number;
  w11: number;
  w12: number;
  w13: number;
  w14: number;
  w15: number;
  w16: number;
  w19: number;
}

type ByGrade = readonly [unused: number, again: number, hard: number, good: number, easy: number];

const rulesByOptions = new Map<string, Rules>();
// A replay grades thousands of cards with one set of options: skip the map lookup when they have not changed.
let lastRules: Rules | undefined;

function rules(retention: number, steps: string = DEFAULT_STEPS): Rules {
  if (lastRules?.retention === retention && lastRules.steps === steps) return lastRules;
  const cacheKey = `${retention}|${steps}`;
  let r = rulesByOptions.get(cacheKey);
  if (!r) {
    const f = fsrs(
      generatorParameters({
        request_retention: retention,
        enable_fuzz: true,
        learning_steps: stepList(steps),
      }),
    ).useStrategy(StrategyMode.SEED, seed);
    const p = f.parameters;
    const w = (i: number): number => {
      const v = p.w[i];
      if (v === undefined) throw new Error(`ts-fsrs has no weight w${i}`);
      return v;
    };
    const byGrade = (fn: (g: number) => number): ByGrade => [0, fn(1), fn(2), fn(3), fn(4)];
    const initDifficulty = (g: number) => roundTo(w(4) - Math.exp((g - 1) * w(5)) + 1, 8);
    const { decay, factor } = computeDecayFactor(p.w);
    r = {
      retention,
      steps,
      fsrs: f,
      intervalModifier: f.interval_modifier,
      maximumInterval: p.maximum_interval,
      decay,
      factor,
      learningSteps: p.learning_steps.map(ConvertStepUnitToMinutes),
      relearningSteps: p.relearning_steps.map(ConvertStepUnitToMinutes),
      initDifficulty: byGrade((g) => Math.min(Math.max(initDifficulty(g), 1), 10)),
      initStability: byGrade((g) => Math.max(w(g - 1), 0.1)),
      shortTermGrowth: byGrade((g) => Math.exp(w(17) * (g - 3 + w(18)))),
      easyDifficulty: initDifficulty(4),
      expW8: Math.exp(w(8)),
      lapseFloorDivisor: Math.exp(w(17) * w(18)),
      w6: w(6),
      w7: w(7),
      w9: w(9),
      w10: w(10),
      w11: w(11),
      w12: w(12),
      w13: w(13),
      w14: w(14),
      w15: w(15),
      w16: w(16),
      w19: w(19),
    };
    rulesByOptions.set(cacheKey, r);
  }
  lastRules = r;
  return r;
}

function scheduler({ retention, learningSteps }: SchedulerOptions): FSRS {
  return rules(retention, learningSteps).fsrs;
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
  /** The card exactly as it was before this grade (undefined if it was new). */
  before: StoredCard | undefined;
}

const DAY_MS = 86_400_000;
/**
 * Times the fast path trusts. ts-fsrs counts elapsed days with `Date.UTC(year, …)`, which reads years 0–99 as
 * 1900–1999, and its due dates stop being valid Dates past year 275760 (minus the longest interval); the reference
 * handles such times, with its quirks, rather than a port that would have to copy them.
 */
const EARLIEST = Date.UTC(100, 0, 1);
const LATEST = 8.64e15 - 40_000 * DAY_MS;
const saneTime = (t: number) => Number.isSafeInteger(t) && t >= EARLIEST && t <= LATEST;

/** A card's state before its first grade, for the fast path: `newCard` without the Date round trip (due is unused). */
const UNSEEN: StoredCard = {
  due: 0,
  stability: 0,
  difficulty: 0,
  elapsedDays: 0,
  scheduledDays: 0,
  learningSteps: 0,
  reps: 0,
  lapses: 0,
  state: 0,
};

/**
 * When a grade at `now` is scheduled from. A clock set back (a review dated before the card's last review) counts as
 * a review at the last review's time, elapsed 0 days: ts-fsrs would throw "Invalid delta_t" from `next_state`, and
 * losing the learner's grade is worse than scheduling it a little late. A new card's last review, if it has one, is
 * left alone: ts-fsrs does not read it (elapsed days are 0 for a new card), so it cannot throw.
 */
function scheduledAt(card: StoredCard | undefined, now: number): number {
  const last = card?.lastReview;
  return card !== undefined && card.state !== 0 && last !== undefined && now < last ? last : now;
}

/**
 * Grades a card (undefined = never seen) at `now`. `key` is the card's progress key, which seeds the fuzz. A card
 * graded for the first time counts as introduced now, against the daily new-card limit, unless a missed quiz had
 * already pulled it in (it is then in the store with state New, outside the limit). A `now` before the card's last
 * review is scheduled as if at the last review (see `scheduledAt`).
 *
 * Computes exactly what `applyGradeWithTsFsrs` does, over ten times faster, so a year's review log (110k
 * reviews) replays in well under the 300 ms budget; inputs outside what the port checks for (see `portable`) go to the reference itself.
 */
export function applyGrade(
  card: StoredCard | undefined,
  grade: Grade,
  now: Date,
  options: SchedulerOptions,
  key?: string,
): GradeOutcome {
  const nowMs = now.getTime();
  const at = scheduledAt(card, nowMs);
  const before = card ?? UNSEEN;
  if (!portable(before, grade, at)) {
    return applyGradeWithTsFsrs(card, grade, at === nowMs ? now : new Date(at), options, key);
  }
  const introduced = before.introduced ?? (card === undefined ? nowMs : undefined);
  return {
    card: gradeFast(before, grade, at, rules(options.retention, options.learningSteps), key, introduced),
    before: card,
  };
}

/**
 * Whether the port reproduces ts-fsrs for this input: a valid grade, state and whole learning step; a memory state
 * ts-fsrs accepts (new, or difficulty ≥ 1 and stability ≥ S_MIN, finite); times in `saneTime`. Everything else
 * (corrupt or hand-edited data) goes to ts-fsrs so the result, or the error, is ts-fsrs's own.
 */
function portable(c: StoredCard, grade: number, at: number): boolean {
  const { difficulty: d, stability: s, state } = c;
  return (
    (grade === 1 || grade === 2 || grade === 3 || grade === 4) &&
    (state === 0 || state === 1 || state === 2 || state === 3) &&
    Number.isInteger(c.learningSteps) &&
    ((d === 0 && s === 0) || (d >= 1 && s >= S_MIN && d < Infinity && s < Infinity)) &&
    saneTime(at) &&
    (c.lastReview === undefined || saneTime(c.lastReview))
  );
}

/**
 * ts-fsrs 5.4.2's `BasicScheduler` (enable_short_term, fuzz on, our seed strategy) for one grade, ported from
 * dist/index.mjs: `AbstractScheduler.init`, `newState` / `learningState` / `reviewState`, `applyLearningSteps`,
 * `BasicLearningStepsStrategy` and `FSRSAlgorithm.next_state` / `next_interval` / `apply_fuzz`. ts-fsrs spends its
 * time on what a single grade does not need: a review card's four outcomes, several object spreads of the card, a
 * Proxy on the parameters, and a fresh PRNG (the seed mashed three times) for each interval. Floating-point
 * expressions keep ts-fsrs's operand order, so results are bit-identical; the property tests hold it to that.
 */
function gradeFast(
  c: StoredCard,
  grade: Grade,
  now: number,
  r: Rules,
  key: string | undefined,
  introduced: number | undefined,
): StoredCard {
  const { state, difficulty: d, stability: s } = c;
  const last = c.lastReview;
  // `dateDiffInDays`: whole UTC calendar days, not 24-hour periods. Exact for `saneTime`s: a quotient's distance
  // from the next integer (at least 1 ms / 1 day) stays above half its ulp.
  const t = state !== 0 && last !== undefined ? Math.floor(now / DAY_MS) - Math.floor(last / DAY_MS) : 0;
  const difficulty = nextDifficulty(r, d, s, grade);
  let stability: number;
  let nextState: CardStateKind;
  let learningSteps: number;
  let scheduledDays: number;
  let due: number;
  let lapses = c.lapses;

  if (state === 2 && grade !== 1) {
    // `reviewState`'s `next_interval`: Hard is capped by Good, Good stays above Hard and Easy above Good, so a
    // grade's interval depends on its neighbours' stabilities.
    const rr = retrievabilityAt(r, d, s, t);
    const growth = sharedGrowth(r, d, s, t, rr);
    const sHard = nextStability(r, d, s, t, 2, rr, growth);
    const sGood = nextStability(r, d, s, t, 3, rr, growth);
    const sEasy = grade === 4 ? nextStability(r, d, s, t, 4, rr, growth) : 0;
    const bHard = baseInterval(r, sHard);
    const bGood = baseInterval(r, sGood);
    const bEasy = grade === 4 ? baseInterval(r, sEasy) : 0;
    const fuzz = Math.max(bHard, bGood, bEasy) >= 2.5 ? fuzzFactor(c, key) : 0;
    let hard = applyFuzz(r, bHard, t, fuzz);
    let good = applyFuzz(r, bGood, t, fuzz);
    hard = Math.min(hard, good);
    good = Math.max(good, hard + 1);
    if (grade === 2) {
      stability = sHard;
      scheduledDays = hard;
    } else if (grade === 3) {
      stability = sGood;
      scheduledDays = good;
    } else {
      stability = sEasy;
      scheduledDays = Math.max(applyFuzz(r, bEasy, t, fuzz), good + 1);
    }
    nextState = 2;
    learningSteps = 0;
    due = now + scheduledDays * 24 * 60 * 60 * 1e3;
  } else {
    stability = nextStability(r, d, s, t, grade, retrievabilityAt(r, d, s, t), undefined);
    // `applyLearningSteps` with `BasicLearningStepsStrategy`'s table for the card's state and step.
    const steps = state === 3 || state === 2 ? r.relearningSteps : r.learningSteps;
    const cur = c.learningSteps || 0;
    let minutes = 0;
    let next = 0;
    if (steps.length > 0 && cur < steps.length) {
      // Indices are in range here: the fallbacks only satisfy the type checker.
      const first = steps[0] ?? 0;
      const following = cur + 1 >= 0 ? (steps[cur + 1] ?? 0) : 0;
      if (state === 2) {
        minutes = steps[Math.max(0, cur)] ?? 0;
      } else if (grade === 1) {
        minutes = first;
      } else if (grade === 2) {
        minutes = steps.length === 1 ? Math.round(first * 1.5) : Math.round((first + (steps[1] ?? 0)) / 2);
        next = cur;
      } else if (grade === 3 && following) {
        minutes = Math.round(following);
        next = cur + 1;
      }
    }
    minutes = Math.max(0, minutes);
    next = Math.max(0, next);
    if (minutes > 0 && minutes < 1440) {
      learningSteps = next;
      scheduledDays = 0;
      nextState = state === 0 ? 1 : state === 2 ? 3 : state;
      due = now + Math.round(minutes) * 60 * 1e3;
    } else {
      nextState = 2;
      if (minutes >= 1440) {
        learningSteps = next;
        due = now + Math.round(minutes) * 60 * 1e3;
        scheduledDays = Math.floor(minutes / 1440);
      } else {
        learningSteps = 0;
        const b = baseInterval(r, stability);
        scheduledDays = applyFuzz(r, b, t, b >= 2.5 ? fuzzFactor(c, key) : 0);
        due = now + scheduledDays * 24 * 60 * 60 * 1e3;
      }
    }
    if (state === 2) lapses += 1;
  }

  const out: StoredCard = {
    due,
    stability,
    difficulty,
    elapsedDays: t,
    scheduledDays,
    learningSteps,
    reps: c.reps + 1,
    lapses,
    state: nextState,
    lastReview: now,
  };
  if (introduced !== undefined) out.introduced = introduced;
  return out;
}

/**
 * ts-fsrs calls Math.pow; so does the port. `**` is the same operation at run time, but engines have folded
 * constant `**` expressions differently from Math.pow, and the port must agree to the last bit.
 */
const pow = Math.pow;

/** `forgetting_curve(t, s)`, or NaN where `next_state` ignores it (a new memory, or a same-day review). */
function retrievabilityAt(r: Rules, d: number, s: number, t: number): number {
  if ((d === 0 && s === 0) || t === 0) return Number.NaN;
  return roundTo(pow(1 + (r.factor * t) / s, r.decay), 8);
}

/**
 * The factor of `next_state`'s new stability that all grades of one review share (ts-fsrs recomputes it for each of
 * a review card's four outcomes): `s^-w19` for a same-day review, else the recall growth before the Hard and Easy
 * factors. Its operands are multiplied in ts-fsrs's order, so the product is the same double.
 */
function sharedGrowth(r: Rules, d: number, s: number, t: number, rr: number): number {
  if (d === 0 && s === 0) return 0;
  if (t === 0) return pow(s, -r.w19);
  return r.expW8 * (11 - d) * pow(s, -r.w9) * (Math.exp((1 - rr) * r.w10) - 1);
}

/**
 * `next_state`'s stability (enable_short_term). `rr` is the retrievability at review time; `growth` is
 * `sharedGrowth`, computed here if not given.
 */
function nextStability(
  r: Rules,
  d: number,
  s: number,
  t: number,
  g: Grade,
  rr: number,
  growth: number | undefined,
): number {
  if (d === 0 && s === 0) return r.initStability[g];
  if (t === 0) {
    const sinc = (growth ?? sharedGrowth(r, d, s, t, rr)) * r.shortTermGrowth[g];
    const masked = g >= 2 ? Math.max(sinc, 1) : sinc;
    return roundTo(Math.min(Math.max(s * masked, S_MIN), S_MAX), 8);
  }
  if (g === 1) {
    const afterFail = roundTo(
      Math.min(
        Math.max(r.w11 * pow(d, -r.w12) * (pow(s + 1, r.w13) - 1) * Math.exp((1 - rr) * r.w14), S_MIN),
        S_MAX,
      ),
      8,
    );
    return Math.min(Math.max(roundTo(s / r.lapseFloorDivisor, 8), S_MIN), afterFail);
  }
  const hardPenalty = g === 2 ? r.w15 : 1;
  const easyBonus = g === 4 ? r.w16 : 1;
  const recall = (growth ?? sharedGrowth(r, d, s, t, rr)) * hardPenalty * easyBonus;
  return roundTo(Math.min(Math.max(s * (1 + recall), S_MIN), S_MAX), 8);
}

/** `next_state`'s difficulty: linear damping towards 10, then mean reversion towards a new Easy card's. */
function nextDifficulty(r: Rules, d: number, s: number, g: Grade): number {
  if (d === 0 && s === 0) return r.initDifficulty[g];
  const delta = -r.w6 * (g - 3);
  const damped = d + roundTo((delta * (10 - d)) / 9, 8);
  return Math.min(Math.max(roundTo(r.w7 * r.easyDifficulty + (1 - r.w7) * damped, 8), 1), 10);
}

/** `next_interval` before fuzz: whole days at the requested retention, 1 to the maximum interval. */
function baseInterval(r: Rules, s: number): number {
  return Math.min(Math.max(1, Math.round(s * r.intervalModifier)), r.maximumInterval);
}

/** `apply_fuzz`, given the PRNG's first output (ts-fsrs draws one number from a fresh generator per interval). */
function applyFuzz(r: Rules, ivl: number, t: number, fuzz: number): number {
  if (ivl < 2.5) return Math.round(ivl);
  const { min_ivl, max_ivl } = get_fuzz_range(ivl, t, r.maximumInterval);
  return Math.floor(fuzz * (max_ivl - min_ivl + 1) + min_ivl);
}

/**
 * The first number `alea(seed())` gives: all `apply_fuzz` uses. It depends on the generator's s0 alone, so one pass
 * of Mash over the seed replaces the three a generator costs, and a review whose three intervals share the seed
 * computes it once. Mash reads the seed a character at a time, so the characters of `seed()`'s string are fed in
 * without building it, whole numbers as the decimal digits a template literal writes. Keep the two in step.
 */
function fuzzFactor(card: StoredCard, key: string | undefined): number {
  let n = mashedKey(key ?? '');
  n = mashNumber(n, card.reps);
  n = mashChar(n, UNDERSCORE);
  n = mashText(n, String(card.difficulty * card.stability));
  n = mashChar(n, UNDERSCORE);
  n = mashNumber(n, card.lastReview ?? 0);
  let s0 = ALEA_START.s0 - (n >>> 0) * 23283064365386963e-26;
  if (s0 < 0) s0 += 1;
  const t = 2091639 * s0 + 1 * 23283064365386963e-26;
  return t - (t | 0);
}

const UNDERSCORE = 95;
const ZERO = 48;

/**
 * Mash's state after the three `mash(' ')` calls every `Alea` constructor starts with, and the first of those
 * outputs (s0): they do not depend on the seed.
 */
const ALEA_START = (() => {
  let n = 4022871197;
  let s0 = 0;
  for (let i = 0; i < 3; i++) {
    n = mashChar(n, 32);
    if (i === 0) s0 = (n >>> 0) * 23283064365386963e-26;
  }
  return { n, s0 };
})();

/**
 * One character of ts-fsrs's `Mash` (Johannes Baagøe's), on its state `n`. Mash writes `h >>> 0` for the two
 * truncations; the state stays below 2^32 + 2^27, so both operands are in [0, 2^27), where `>>> 0` and `Math.trunc`
 * agree, and V8 runs `Math.trunc` faster (Mash is the largest part of a review's time).
 */
function mashChar(n: number, code: number): number {
  const h = 0.02519603282416938 * (n + code);
  const m = Math.trunc(h);
  const g = (h - m) * m;
  const k = Math.trunc(g);
  return k + (g - k) * 4294967296;
}

function mashText(state: number, text: string): number {
  let n = state;
  for (let i = 0; i < text.length; i++) n = mashChar(n, text.charCodeAt(i));
  return n;
}

/**
 * Mash is a chain of dependent float operations, about 15 ns a character on the two-core machine, and the card key
 * is a third of the seed: its part (with the `_` after it) is mashed once per key. Bounded, as keys come from data.
 */
const mashedKeys = new Map<string, number>();

function mashedKey(key: string): number {
  let n = mashedKeys.get(key);
  if (n === undefined) {
    if (mashedKeys.size >= 20_000) mashedKeys.clear();
    n = mashChar(mashText(ALEA_START.n, key), UNDERSCORE);
    mashedKeys.set(key, n);
  }
  return n;
}

/**
 * `mashText(state, String(value))`. Converting a 13-digit time to a string, or taking its digits with `%` on a
 * double (a C call in V8), costs more than the rest of a review: whole numbers are split into two int32 halves.
 */
function mashNumber(state: number, value: number): number {
  if (!(Number.isSafeInteger(value) && value >= 0)) return mashText(state, String(value));
  // Exact: value / 1e8 < 2^27, whose half ulp is below the 1e-8 that separates a non-integer quotient from the next
  // integer, so rounding cannot carry it up.
  const high = Math.floor(value / 1e8);
  const low = value - high * 1e8;
  return high > 0 ? mashDigits(mashDigits(state, high, 1), low, 8) : mashDigits(state, low, 1);
}

const digits = new Uint8Array(10);

/** Mashes the decimal digits of an int32 `value` ≥ 0, zero-padded to `width`. */
function mashDigits(state: number, value: number, width: number): number {
  let count = 0;
  let rest = value;
  while (rest > 0 || count < width) {
    const q = (rest / 10) | 0;
    digits[count++] = rest - q * 10;
    rest = q;
  }
  let n = state;
  while (count > 0) n = mashChar(n, ZERO + (digits[--count] ?? 0));
  return n;
}

/**
 * The reference the fast `applyGrade` is tested against: grading through ts-fsrs `FSRS.next`, as the app did before
 * the port. It is not clamped: a `now` before the card's last review throws "Invalid delta_t", as ts-fsrs does.
 * Kept for the property tests and the replay bench, and as the fallback for inputs the port does not cover.
 */
export function applyGradeWithTsFsrs(
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
 * For each grade, when the card would next be due: what `applyGrade` at `now` would schedule, clock set back
 * included (see `scheduledAt`).
 */
export function previewDue(
  card: StoredCard | undefined,
  now: Date,
  options: SchedulerOptions,
  key?: string,
): Record<Grade, number> {
  const at = scheduledAt(card, now.getTime());
  const preview = scheduler(options).repeat(
    toFsrs(card ?? newCard(now), key),
    at === now.getTime() ? now : new Date(at),
  );
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
