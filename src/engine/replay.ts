// The review log is the truth and a card's state is its replay: the pure rules for events, tombstones and union.
import { applyGrade, type CardStateKind, type Grade, newCard, type StoredCard } from './scheduler';

/**
 * One event of the review log. `grade` 1–4 is a review; 0 is a quiz miss that pulls the card forward. `at` is epoch
 * ms in whole seconds. `state` is the card's state before the event (true retention counts only reviews of cards
 * in the review state). `retention` and `weights` are the scheduling parameters in force when it happened, so a
 * later settings change never moves past intervals.
 */
export interface LogEvent {
  id: string;
  card: string;
  grade: 0 | Grade;
  state: CardStateKind;
  at: number;
  retention: number;
  /** The FSRS weights version: 1 = ts-fsrs 5.4.2's default FSRS-6 weights (the only one so far). */
  weights: number;
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
  if (e.grade === 0) {
    if (!card || card.state === 0) {
      const fresh = card ?? { ...newCard(new Date(e.at)), due: e.at };
      return fresh.pulled === undefined ? { ...fresh, pulled: e.at } : fresh;
    }
    return card.due <= e.at ? card : { ...card, due: e.at };
  }
  const before = card && card.state === 0 ? undefined : card;
  const after = applyGrade(before, e.grade, new Date(e.at), { retention: e.retention }, key).card;
  const introduced = card?.introduced ?? e.at;
  const { pulled: _pulled, ...rest } = after;
  return { ...rest, introduced };
}

/** Every card's state from a whole log: events grouped by card, tombstoned ones dropped, replayed in order. */
export function replayAll(
  events: Iterable<LogEvent>,
  undone: ReadonlySet<string>,
): Record<string, StoredCard> {
  const byCard = new Map<string, LogEvent[]>();
  for (const e of events) {
    if (undone.has(e.id)) continue;
    const list = byCard.get(e.card);
    if (list) list.push(e);
    else byCard.set(e.card, [e]);
  }
  const cards: Record<string, StoredCard> = {};
  for (const [key, list] of byCard) {
    list.sort(eventOrder);
    const state = replayCard(key, list);
    if (state) cards[key] = state;
  }
  return cards;
}

export interface ReplayedCards {
  cards: Record<string, StoredCard>;
  /** The last event each changed card has applied now (undefined: it has none left). */
  tails: Map<string, LogEvent | undefined>;
}

/**
 * Replays only the cards in `changed`, each from where its cached state left off when every added event comes after
 * the last one it applied (`changed` maps a card to its earliest added event, or null after a tombstone: replay it
 * from its start). This keeps a merge of a few new reviews into a year's log cheap.
 */
export function replayChanged(
  previous: Readonly<Record<string, StoredCard>>,
  lastApplied: (key: string) => LogEvent | undefined,
  months: Iterable<readonly LogEvent[]>,
  undone: ReadonlySet<string>,
  changed: ReadonlyMap<string, LogEvent | null>,
): ReplayedCards {
  const tails = new Map<string, LogEvent | undefined>();
  if (changed.size === 0) return { cards: previous as Record<string, StoredCard>, tails };
  // Months wholly before every resumable card's last applied event hold nothing to step through; a card replayed
  // from its start needs every month.
  let from: LogEvent | undefined;
  let fromStart = false;
  for (const [key, earliest] of changed) {
    const last = lastApplied(key);
    if (!last || earliest === null || eventOrder(last, earliest) >= 0) fromStart = true;
    else if (!from || eventOrder(last, from) < 0) from = last;
  }
  const byCard = new Map<string, LogEvent[]>();
  for (const events of months) {
    const tail = events.at(-1);
    if (!fromStart && from && tail && eventOrder(tail, from) <= 0) continue;
    for (const e of events) {
      if (!changed.has(e.card) || undone.has(e.id)) continue;
      const list = byCard.get(e.card);
      if (list) list.push(e);
      else byCard.set(e.card, [e]);
    }
  }
  const cards = { ...previous };
  for (const [key, earliest] of changed) {
    const events = (byCard.get(key) ?? []).sort(eventOrder);
    const last = lastApplied(key);
    const resumable = last !== undefined && earliest !== null && eventOrder(last, earliest) < 0;
    let state: StoredCard | undefined;
    if (resumable) {
      // Only events after `last` are stepped through; with none (the added one was undone already) the card and
      // its last applied event stay as they were.
      state = previous[key];
      let tail: LogEvent = last;
      for (const e of events) {
        if (eventOrder(last, e) >= 0) continue;
        state = step(key, state, e);
        tail = e;
      }
      tails.set(key, tail);
    } else {
      state = replayCard(key, events);
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
