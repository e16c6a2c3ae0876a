// The review log is the truth and a card's state is its replay: the pure rules for events, tombstones and union.
import { applyGrade, type CardStateKind, type Grade, newCard, type StoredCard } from './scheduler';

/** The grade a "Forget" event carries: the card goes back to new, its history kept in the log but not in its state. */
export const FORGET = -1;
/** Anki's default leech threshold: the lapse that makes a card a leech (and suspends it). */
export const LEECH_LAPSES = 8;

/**
 * One event of the review log. `grade` 1–4 is a review; 0 is a quiz miss that pulls the card forward; -1 (`FORGET`)
 * puts the card back to new. `at` is epoch
 * ms in whole seconds. `state` is the card's state before the event (true retention counts only reviews of cards
 * in the review state). `retention` and `weights` are the scheduling parameters in force when it happened, so a
 * later settings change never moves past intervals.
 */
export interface LogEvent {
  id: string;
  card: string;
  grade: typeof FORGET | 0 | Grade;
  state: CardStateKind;
  at: number;
  retention: number;
  /** The FSRS weights version: 1 = ts-fsrs 5.4.2's default FSRS-6 weights (the only one so far). */
  weights: number;
  /** The learning steps in force ("1m 10m"); absent: the default steps, all a review before v3 could have had. */
  steps?: string;
}

/** The order events replay in: by time, then by id, so every copy of a log replays the same way. */
export function eventOrder(a: LogEvent, b: LogEvent): number {
  return a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * A card's state after its events (already in `eventOrder`, tombstoned ones left out); undefined if it has none.
 * A quiz miss on a card never studied leaves it new, marked `pulled` so it leads the new-card queue; on a studied
 * card it makes the card due by then. A first grade marks the card introduced: it counts against that day's limit.
 */
export function replayCard(key: string, events: readonly LogEvent[]): StoredCard | undefined {
  let card: StoredCard | undefined;
  for (const e of events) card = step(key, card, e);
  return card;
}

/** One event applied to a card's state: the single rule both a live grade and a replay go through. */
export function step(key: string, card: StoredCard | undefined, e: LogEvent): StoredCard {
  if (e.grade === FORGET) return { ...newCard(new Date(e.at)), due: e.at };
  if (e.grade === 0) {
    if (!card || card.state === 0) {
      const fresh = card ?? { ...newCard(new Date(e.at)), due: e.at };
      return fresh.pulled === undefined ? { ...fresh, pulled: e.at } : fresh;
    }
    return card.due <= e.at ? card : { ...card, due: e.at };
  }
  const before = card && card.state === 0 ? undefined : card;
  const options = { retention: e.retention, learningSteps: e.steps };
  const after = applyGrade(before, e.grade, new Date(e.at), options, key).card;
  const introduced = card?.introduced ?? e.at;
  const { pulled: _pulled, leechAt: _leechAt, ...rest } = after;
  const leechAt =
    card?.leechAt ?? (rest.lapses >= LEECH_LAPSES && (card?.lapses ?? 0) < LEECH_LAPSES ? e.at : undefined);
  return leechAt === undefined ? { ...rest, introduced } : { ...rest, introduced, leechAt };
}

/** The UTC month (`YYYY-MM`) of a time: the log's chunks, and the checkpoints a replay resumes from. */
export const monthOfTime = (at: number): string => new Date(at).toISOString().slice(0, 7);

/**
 * Checkpoints: for each card, its state at the start of each month in which it has events (undefined: it had no
 * state yet). A merge that inserts an event into an earlier month replays the card from that month's start, not
 * from its first review, so merging another device's month costs a month of replay, not a year.
 */
export type MonthStarts = Map<string, Map<string, StoredCard | undefined>>;

/** Steps `key` through `events` (in order) from `state`, recording a checkpoint where each new month begins. */
function replayFrom(
  key: string,
  state: StoredCard | undefined,
  events: readonly LogEvent[],
  starts: Map<string, StoredCard | undefined>,
  month: string | undefined,
): StoredCard | undefined {
  let current = month;
  // The current month's bounds in epoch ms: a month's name is worked out only when an event leaves them (a
  // year's replay would otherwise format 110k dates).
  let from = Number.POSITIVE_INFINITY;
  let to = Number.NEGATIVE_INFINITY;
  let card = state;
  for (const e of events) {
    if (e.at < from || e.at >= to) {
      const d = new Date(e.at);
      from = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
      to = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
      const m = monthOfTime(e.at);
      if (m !== current) {
        starts.set(m, card);
        current = m;
      }
    }
    card = step(key, card, e);
  }
  return card;
}

/**
 * Every card's state from a whole log: events grouped by card, tombstoned ones dropped, replayed in order. Fills
 * `starts` (month checkpoints) and `tails` (each card's last applied event) for later incremental replays.
 */
export function replayAll(
  events: Iterable<LogEvent>,
  undone: ReadonlySet<string>,
  starts: MonthStarts = new Map(),
  tails: Map<string, LogEvent> = new Map(),
): Record<string, StoredCard> {
  const byCard = new Map<string, LogEvent[]>();
  for (const e of events) {
    if (undone.has(e.id)) continue;
    const list = byCard.get(e.card);
    if (list) list.push(e);
    else byCard.set(e.card, [e]);
  }
  starts.clear();
  tails.clear();
  const cards: Record<string, StoredCard> = {};
  for (const [key, list] of byCard) {
    list.sort(eventOrder);
    const tail = list.at(-1);
    if (tail) tails.set(key, tail);
    const cardStarts = new Map<string, StoredCard | undefined>();
    starts.set(key, cardStarts);
    const state = replayFrom(key, undefined, list, cardStarts, undefined);
    if (state) cards[key] = state;
  }
  return cards;
}

/** Records the checkpoint a live step needs: when `event` opens a month for its card, the state before it. */
export function recordStart(
  starts: MonthStarts,
  last: LogEvent | undefined,
  event: LogEvent,
  before: StoredCard | undefined,
) {
  const month = monthOfTime(event.at);
  if (last && monthOfTime(last.at) === month) return;
  let cardStarts = starts.get(event.card);
  if (!cardStarts) {
    cardStarts = new Map();
    starts.set(event.card, cardStarts);
  }
  cardStarts.set(month, before);
}

export interface ReplayedCards {
  cards: Record<string, StoredCard>;
  /** The last event each changed card has applied now (undefined: it has none left). */
  tails: Map<string, LogEvent | undefined>;
}

/**
 * Replays only the cards in `changed` (a card → its earliest added event, or null after a tombstone). A card whose
 * added events all come after the last one it applied steps on from its cached state; one with an event inserted
 * earlier replays from the checkpoint at the start of that event's month; after a tombstone, from its first event.
 * This keeps a merge of another tab's or device's recent reviews into a year's log cheap. `months` holds the log's
 * months, each in `eventOrder`; `starts` is updated in place.
 */
export function replayChanged(
  previous: Readonly<Record<string, StoredCard>>,
  lastApplied: (key: string) => LogEvent | undefined,
  months: Iterable<readonly LogEvent[]>,
  undone: ReadonlySet<string>,
  changed: ReadonlyMap<string, LogEvent | null>,
  starts: MonthStarts = new Map(),
): ReplayedCards {
  const tails = new Map<string, LogEvent | undefined>();
  if (changed.size === 0) return { cards: previous as Record<string, StoredCard>, tails };
  // Where each card's replay starts: after its last applied event (resumable), at a month's start, or its first.
  const plan = new Map<
    string,
    { kind: 'resume'; last: LogEvent } | { kind: 'month'; month: string } | { kind: 'all' }
  >();
  let fromMonth: string | undefined = '9999-99';
  for (const [key, earliest] of changed) {
    const last = lastApplied(key);
    if (last && earliest && eventOrder(last, earliest) < 0) {
      plan.set(key, { kind: 'resume', last });
      const m = monthOfTime(last.at);
      if (fromMonth !== undefined && m < fromMonth) fromMonth = m;
    } else if (earliest) {
      const m = monthOfTime(earliest.at);
      plan.set(key, { kind: 'month', month: m });
      if (fromMonth !== undefined && m < fromMonth) fromMonth = m;
    } else {
      plan.set(key, { kind: 'all' });
      fromMonth = undefined;
    }
  }
  const byCard = new Map<string, LogEvent[]>();
  for (const events of months) {
    const first = events[0];
    if (!first || (fromMonth !== undefined && monthOfTime(first.at) < fromMonth)) continue;
    for (const e of events) {
      if (!changed.has(e.card) || undone.has(e.id)) continue;
      const list = byCard.get(e.card);
      if (list) list.push(e);
      else byCard.set(e.card, [e]);
    }
  }
  const cards = { ...previous };
  for (const [key, how] of plan) {
    const events = (byCard.get(key) ?? []).sort(eventOrder);
    let cardStarts = starts.get(key);
    if (!cardStarts) {
      cardStarts = new Map();
      starts.set(key, cardStarts);
    }
    let state: StoredCard | undefined;
    if (how.kind === 'resume') {
      // Only events after `last` are stepped through; with none (the added one was undone already) the card and
      // its last applied event stay as they were.
      const after = events.filter((e) => eventOrder(how.last, e) < 0);
      state = replayFrom(key, previous[key], after, cardStarts, monthOfTime(how.last.at));
      tails.set(key, after.at(-1) ?? how.last);
    } else if (how.kind === 'month') {
      // The card's state at the start of the month: the first checkpoint at or after it (no event of the card
      // lies between), or, when it had no event from that month on, its whole current state.
      let start: StoredCard | undefined = previous[key];
      let found = false;
      for (const [m, s] of [...cardStarts].sort(([a], [b]) => (a < b ? -1 : 1))) {
        if (m >= how.month && !found) {
          start = s;
          found = true;
        }
        if (m >= how.month) cardStarts.delete(m);
      }
      const from = events.filter((e) => monthOfTime(e.at) >= how.month);
      state = replayFrom(key, start, from, cardStarts, undefined);
      tails.set(key, from.at(-1) ?? lastApplied(key));
    } else {
      cardStarts.clear();
      state = replayFrom(key, undefined, events, cardStarts, undefined);
      tails.set(key, events.at(-1));
    }
    if (state) cards[key] = state;
    else delete cards[key];
  }
  return { cards, tails };
}

/**
 * The union of two sorted lists of events by id, in `eventOrder`. Returns `a` itself when `b` adds nothing, so a
 * caller can tell cheaply that nothing changed. Commutative, associative and idempotent up to that identity.
 */
export function unionEvents(a: readonly LogEvent[], b: readonly LogEvent[]): readonly LogEvent[] {
  if (b.length === 0 || a === b) return a;
  // Two copies of a month usually hold the same events: a linear check is far cheaper than building a set.
  if (a.length === b.length && a.every((e, i) => e.id === (b[i] as LogEvent).id)) return a;
  const ids = new Set<string>();
  for (const e of a) ids.add(e.id);
  const added: LogEvent[] = [];
  for (const e of b) {
    if (!ids.has(e.id)) {
      ids.add(e.id);
      added.push(e);
    }
  }
  if (added.length === 0) return a;
  // The usual case is a few new events at the end: append, and sort only when they are not already in order.
  const out = [...a, ...added];
  let sorted = true;
  for (let i = a.length; i < out.length && sorted; i++) {
    if (i > 0 && eventOrder(out[i - 1] as LogEvent, out[i] as LogEvent) > 0) sorted = false;
  }
  return sorted ? out : out.sort(eventOrder);
}
