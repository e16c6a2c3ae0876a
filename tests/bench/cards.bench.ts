// npx vitest bench --run tests/bench/cards.bench.ts: the card browser at 10,000 cards: building its rows, a search
// with a filter, the sorts, and drawing the page (100 rows) in jsdom, first and after a new search.
import { act, cleanup, render } from '@testing-library/react';
import { createElement } from 'react';
import { MemoryRouter } from 'react-router';
import { bench, describe } from 'vitest';
import { cardKey } from '../../src/content/card-key';
import { type DeckCard, deckCards } from '../../src/content/deck';
import type { CardMarks } from '../../src/engine/card-actions';
import type { StoredCard } from '../../src/engine/scheduler';
import { CardBrowser } from '../../src/features/cards/CardBrowser';
import { buildRows, filterRows, sortRows } from '../../src/features/cards/card-list';
import { createStores } from '../../src/store/stores';
import { StoresContext } from '../../src/store/use-stores';
import { MemoryStorage } from '../memory-storage';

const N = 10_000;
const DAY = 86_400_000;
const now = Date.now();

function seeded(seed: number) {
  return () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
}

/** The deck's cards over and over under new keys, with about 70% studied and a few marks of every kind. */
function generated() {
  const random = seeded(7);
  const deck: DeckCard[] = [];
  const cards: Record<string, StoredCard> = {};
  const marks = new Map<string, CardMarks>();
  for (let i = 0; i < N; i++) {
    const base = deckCards[i % deckCards.length] as DeckCard;
    const key = cardKey(base.concept.id, `${base.card.id}-${i}`);
    deck.push({ key, concept: base.concept, card: base.card });
    if (random() < 0.7) {
      const state = random() < 0.8 ? 2 : 1;
      const days = Math.floor(random() * 60);
      const lapses = Math.floor(random() * random() * 10);
      cards[key] = {
        due: now + (random() - 0.2) * 30 * DAY,
        stability: days,
        difficulty: 1 + random() * 9,
        elapsedDays: 0,
        scheduledDays: state === 2 ? days : 0,
        learningSteps: 0,
        reps: 1 + lapses * 2,
        lapses,
        state,
        lastReview: now - random() * 10 * DAY,
        ...(lapses >= 8 ? { leechAt: now - DAY } : {}),
      };
    }
    const r = random();
    if (r < 0.03) marks.set(key, { flagged: false, suspension: { suspended: true, at: now - DAY } });
    else if (r < 0.05) marks.set(key, { flagged: false, buriedAt: now - 60_000 });
    else if (r < 0.08) marks.set(key, { flagged: true });
  }
  return { deck, cards, marks };
}

const { deck, cards, marks } = generated();
const input = { cards, marks, now, dayStartHour: 4 };
const rows = buildRows(deck, input);
const byKey = new Map<string, DeckCard>(deck.map((c) => [c.key, c]));

describe(`card browser rows at ${N.toLocaleString('en')} cards`, () => {
  bench('build rows from the deck and progress', () => {
    buildRows(deck, input);
  });
  bench('search "gradient" over prompt, answer and concept', () => {
    filterRows(rows, 'all', 'gradient');
  });
  bench('filter Due today + search "model"', () => {
    filterRows(rows, 'due-today', 'model');
  });
  bench('sort by due', () => {
    sortRows(rows, 'due');
  });
  bench('sort by difficulty', () => {
    sortRows(rows, 'difficulty');
  });
  bench('filter All + sort by lapses (a change of sort)', () => {
    sortRows(filterRows(rows, 'all', ''), 'lapses');
  });
});

describe(`card browser page in jsdom at ${N.toLocaleString('en')} cards`, () => {
  const stores = createStores({ storage: new MemoryStorage() });
  // The generated keys are not the deck's, so the store would give them no state: set its cache directly.
  stores.progress.setState({ cards, marks });
  const page = (query: string) =>
    createElement(
      StoresContext.Provider,
      { value: stores },
      createElement(
        MemoryRouter,
        null,
        createElement(CardBrowser, {
          query,
          filter: 'all',
          sort: 'due',
          target: null,
          deck,
          find: (k: string) => byKey.get(k),
        }),
      ),
    );

  bench(
    'first render (rows, sort, 100 table rows)',
    () => {
      act(() => {
        render(page(''));
      });
      cleanup();
    },
    { iterations: 20, time: 0 },
  );

  let view: ReturnType<typeof render> | undefined;
  let flip = false;
  bench(
    'a new search re-renders the page',
    () => {
      flip = !flip;
      act(() => {
        view?.rerender(page(flip ? 'the' : ''));
      });
    },
    {
      iterations: 40,
      time: 0,
      setup: () => {
        act(() => {
          view = render(page(''));
        });
      },
      teardown: () => cleanup(),
    },
  );
});
