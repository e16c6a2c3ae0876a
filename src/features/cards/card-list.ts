// The card browser's rows: one per deck card, from the deck and the learner's progress, with its search, filters and
// sorts. Pure functions of their inputs (the time comes in as `now`), so a bench can run them over 10,000 cards.
import { deckWording } from '../../content/card-text';
import type { DeckCard } from '../../content/deck';
import type { Card } from '../../content/schema';
import { type CardMarks, isBuried, isSuspended } from '../../engine/card-actions';
import { nextStudyDayStart } from '../../engine/day';
import type { StoredCard } from '../../engine/scheduler';

/** What the browser's State column says: a suspension or a bury wins over the scheduling state underneath. */
export type CardRowState = 'new' | 'learning' | 'review' | 'suspended' | 'buried';

export interface CardRow {
  key: string;
  /** The card's place in the deck: "Added order". */
  order: number;
  conceptId: string;
  conceptTitle: string;
  /** The wording the learner sees: their edit, or the deck's (a cloze's gap as […]). */
  prompt: string;
  answer: string;
  state: CardRowState;
  /** Epoch ms; undefined for a card never studied (or forgotten back to new). */
  due: number | undefined;
  /** The card's current interval in ms: its scheduled days, or the time from its last review to its due date. */
  interval: number | undefined;
  /** FSRS difficulty, 1 (easy) to 10 (hard); undefined while new. */
  difficulty: number | undefined;
  lapses: number;
  suspended: boolean;
  buried: boolean;
  flagged: boolean;
  /** Lapsed 8 times (Anki's leech threshold): tagged, and suspended until the learner unsuspends it. */
  leech: boolean;
  edited: boolean;
  /** Studyable and due before the next study day starts: what "Due today" lists. */
  dueToday: boolean;
  /** Prompt, answer and concept title in lower case, for the search. */
  haystack: string;
}

export const cardFilters = [
  'all',
  'new',
  'learning',
  'due-today',
  'suspended',
  'buried',
  'flagged',
  'leeches',
] as const;
export type CardFilter = (typeof cardFilters)[number];
export const filterLabels: Record<CardFilter, string> = {
  all: 'All',
  new: 'New',
  learning: 'Learning',
  'due-today': 'Due today',
  suspended: 'Suspended',
  buried: 'Buried',
  flagged: 'Flagged',
  leeches: 'Leeches',
};
export const isCardFilter = (value: string | null | undefined): value is CardFilter =>
  (cardFilters as readonly (string | null | undefined)[]).includes(value);

export const cardSorts = ['due', 'difficulty', 'lapses', 'added'] as const;
export type CardSort = (typeof cardSorts)[number];
export const sortLabels: Record<CardSort, string> = {
  due: 'Due',
  difficulty: 'Difficulty',
  lapses: 'Lapses',
  added: 'Added order',
};
export const isCardSort = (value: string | null | undefined): value is CardSort =>
  (cardSorts as readonly (string | null | undefined)[]).includes(value);

const DAY = 86_400_000;

export interface RowInput {
  cards: Readonly<Record<string, StoredCard>>;
  marks: ReadonlyMap<string, CardMarks>;
  /** Epoch ms. */
  now: number;
  dayStartHour: number;
}

/** The deck's wording of each card and its search text, worked out once: the deck does not change while the app
 * runs, and a cloze's wording takes a regular expression (a third of the time of 10,000 rows). */
const deckText = new WeakMap<Card, { prompt: string; answer: string; haystack: string }>();
function deckTextOf(card: Card, conceptTitle: string) {
  let known = deckText.get(card);
  if (!known) {
    const { prompt, answer } = deckWording(card);
    known = { prompt, answer, haystack: searchText(prompt, answer, conceptTitle) };
    deckText.set(card, known);
  }
  return known;
}
const searchText = (prompt: string, answer: string, conceptTitle: string) =>
  `${prompt}\n${answer}\n${conceptTitle}`.toLowerCase();

/** One row per deck card, in deck order. */
export function buildRows(
  deck: readonly DeckCard[],
  { cards, marks, now, dayStartHour }: RowInput,
): CardRow[] {
  const dayEnd = nextStudyDayStart(new Date(now), dayStartHour).getTime();
  return deck.map(({ key, concept, card }, order) => {
    const stored = cards[key];
    const m = marks.get(key);
    const edit = m?.edit;
    const text = edit
      ? { ...edit.text, haystack: searchText(edit.text.prompt, edit.text.answer, concept.title) }
      : deckTextOf(card, concept.title);
    const suspended = isSuspended(m, stored);
    const buried = isBuried(m, now, dayStartHour);
    const fsrsState = stored?.state ?? 0;
    const studied = stored !== undefined && fsrsState !== 0;
    const state: CardRowState = suspended
      ? 'suspended'
      : buried
        ? 'buried'
        : fsrsState === 0
          ? 'new'
          : fsrsState === 2
            ? 'review'
            : 'learning';
    const due = studied ? stored.due : undefined;
    return {
      key,
      order,
      conceptId: concept.id,
      conceptTitle: concept.title,
      prompt: text.prompt,
      answer: text.answer,
      state,
      due,
      interval: studied ? intervalOf(stored) : undefined,
      difficulty: studied ? stored.difficulty : undefined,
      lapses: stored?.lapses ?? 0,
      suspended,
      buried,
      flagged: m?.flagged ?? false,
      leech: stored?.leechAt !== undefined,
      edited: edit !== undefined,
      dueToday: !suspended && !buried && due !== undefined && due < dayEnd,
      haystack: text.haystack,
    };
  });
}

/** A review card's scheduled days; a learning card's minutes from its last review to its due date. */
function intervalOf(card: StoredCard): number | undefined {
  if (card.scheduledDays > 0) return card.scheduledDays * DAY;
  return card.lastReview === undefined ? undefined : Math.max(0, card.due - card.lastReview);
}

const matchesFilter: Record<CardFilter, (r: CardRow) => boolean> = {
  all: () => true,
  new: (r) => r.state === 'new',
  learning: (r) => r.state === 'learning',
  'due-today': (r) => r.dueToday,
  suspended: (r) => r.suspended,
  buried: (r) => r.buried,
  flagged: (r) => r.flagged,
  leeches: (r) => r.leech,
};

/**
 * The rows that pass the filter and hold every word of the query (in the prompt, the answer or the concept's
 * title, in any case). Keeps the rows' order.
 */
export function filterRows(rows: readonly CardRow[], filter: CardFilter, query: string): CardRow[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const test = matchesFilter[filter];
  return rows.filter((r) => test(r) && words.every((w) => r.haystack.includes(w)));
}

/** Missing values (a new card has no due date or difficulty) sort last, whichever the direction. */
const byValue = (a: number | undefined, b: number | undefined, direction: 1 | -1) =>
  a === undefined ? (b === undefined ? 0 : 1) : b === undefined ? -1 : (a - b) * direction;

const comparators: Record<CardSort, (a: CardRow, b: CardRow) => number> = {
  // Soonest first, as a study session takes them.
  due: (a, b) => byValue(a.due, b.due, 1),
  // Hardest first, and most lapses first: the cards that need the learner's attention.
  difficulty: (a, b) => byValue(a.difficulty, b.difficulty, -1),
  lapses: (a, b) => b.lapses - a.lapses,
  added: () => 0,
};

/** A sorted copy; ties keep the deck's order. */
export function sortRows(rows: readonly CardRow[], sort: CardSort): CardRow[] {
  const compare = comparators[sort];
  return [...rows].sort((a, b) => compare(a, b) || a.order - b.order);
}
