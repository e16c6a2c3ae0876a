// The learner's part of the card browser: the rows from their progress, paged (100 a page keeps 10,000 cards fast
// and every row reachable by Tab), the selection and the actions on it.
import { useCallback, useMemo, useState } from 'react';
import { type DeckCard, deckCards, findCard } from '../../content/deck';
import { useProgress, useSettings } from '../../store/use-stores';
import { useNow } from '../../store/use-study-day';
import { CardActions } from './CardActions';
import { CardTable } from './CardTable';
import { cardCount } from './card-format';
import { buildRows, type CardFilter, type CardSort, filterRows, sortRows } from './card-list';

export const PAGE_SIZE = 100;

interface Props {
  query: string;
  filter: CardFilter;
  sort: CardSort;
  /** A card key from the address (`?card=`): shown, selected and highlighted. */
  target: string | null;
  /** The cards to list: the deck's (a bench passes a generated one). */
  deck?: readonly DeckCard[];
  find?: (key: string) => DeckCard | undefined;
}

export function CardBrowser({ query, filter, sort, target, deck = deckCards, find = findCard }: Props) {
  const now = useNow();
  const cards = useProgress((s) => s.cards);
  const marks = useProgress((s) => s.marks);
  const dayStartHour = useSettings((s) => s.dayStartHour);
  const rows = useMemo(
    () => buildRows(deck, { cards, marks, now, dayStartHour }),
    [deck, cards, marks, now, dayStartHour],
  );
  const shown = useMemo(() => sortRows(filterRows(rows, filter, query), sort), [rows, filter, query, sort]);
  const linked = target !== null && find(target) ? target : undefined;

  const [selection, setSelection] = useState<ReadonlySet<string>>(() => new Set(linked ? [linked] : []));
  // The page belongs to one search, filter and sort: a new one starts at page 1. A linked card opens its page.
  const view = `${filter}\n${sort}\n${query}`;
  const [paging, setPaging] = useState(() => ({
    view,
    page: linked ? Math.max(0, Math.floor(shown.findIndex((r) => r.key === linked) / PAGE_SIZE)) : 0,
  }));
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const page = Math.min(paging.view === view ? paging.page : 0, pages - 1);
  const pageRows = shown.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
  const goTo = (p: number) => setPaging({ view, page: Math.max(0, Math.min(pages - 1, p)) });

  const selected = useMemo(() => shown.filter((r) => selection.has(r.key)), [shown, selection]);

  const onToggle = useCallback(
    (key: string) =>
      setSelection((s) => {
        const next = new Set(s);
        if (!next.delete(key)) next.add(key);
        return next;
      }),
    [],
  );
  const onTogglePage = (select: boolean) =>
    setSelection((s) => {
      const next = new Set(s);
      for (const r of pageRows) {
        if (select) next.add(r.key);
        else next.delete(r.key);
      }
      return next;
    });

  return (
    <>
      <p className="card-count" role="status">
        {cardCount(shown.length)}
      </p>
      <CardActions selected={selected} findCard={find} />
      <CardTable
        rows={pageRows}
        selected={selection}
        onToggle={onToggle}
        onTogglePage={onTogglePage}
        target={linked}
        now={now}
        dayStartHour={dayStartHour}
        caption={`Cards, page ${page + 1} of ${pages}`}
      />
      {pages > 1 && <Pager page={page} pages={pages} goTo={goTo} />}
    </>
  );
}

function Pager({ page, pages, goTo }: { page: number; pages: number; goTo: (page: number) => void }) {
  return (
    <nav className="pager" aria-label="Pages of cards">
      <button
        type="button"
        className="quiet"
        aria-disabled={page === 0}
        onClick={() => page > 0 && goTo(page - 1)}
      >
        Previous page
      </button>
      <span>
        Page {page + 1} of {pages}
      </span>
      <button
        type="button"
        className="quiet"
        aria-disabled={page === pages - 1}
        onClick={() => page < pages - 1 && goTo(page + 1)}
      >
        Next page
      </button>
    </nav>
  );
}

const noProgress = { cards: {}, marks: new Map(), now: 0, dayStartHour: 4 };
const ignore = () => {};

/**
 * The browser as a new learner sees it (every card new, in deck order), known without progress: the prerendered
 * page shows it, so the table is read and laid out at once instead of arriving after hydration and pushing the
 * page down. The learner's own rows replace it in the same place; a returning learner's are not known yet, so for
 * them the preview's rows stay hidden (`.returning`, set by the head script) until then.
 */
export function CardBrowserPreview() {
  const rows = useMemo(() => buildRows(deckCards, noProgress), []);
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  return (
    // Inert until live: a box ticked before the page can act on it would be lost when the learner's rows arrive.
    <div className="card-preview" inert>
      <p className="card-count" role="status">
        {cardCount(rows.length)}
      </p>
      <CardActions selected={[]} findCard={findCard} />
      <CardTable
        rows={rows.slice(0, PAGE_SIZE)}
        selected={new Set()}
        onToggle={ignore}
        onTogglePage={ignore}
        target={undefined}
        now={0}
        dayStartHour={4}
        caption={`Cards, page 1 of ${pages}`}
      />
      {pages > 1 && <Pager page={0} pages={pages} goTo={ignore} />}
    </div>
  );
}
