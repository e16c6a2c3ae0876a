// The card browser (/cards): every card of the deck with its state, searched, filtered and sorted, and acted on.
// The search, filter and sort controls are prerendered; the list is the learner's, so it comes after hydration.
import { cardKeys } from 'virtual:deck-index';
import { useEffect, useId, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { PageTitle } from '../../ui/PageTitle';
import { useAdoptEarlyInput } from '../../ui/useAdoptEarlyInput';
import { AfterHydration } from '../../ui/useHydrated';
import { CardBrowser, CardBrowserPreview } from './CardBrowser';
import {
  type CardFilter,
  type CardSort,
  cardFilters,
  cardSorts,
  filterLabels,
  isCardFilter,
  isCardSort,
  sortLabels,
} from './card-list';

export default function CardsPage() {
  const [params] = useSearchParams();
  const filterParam = params.get('filter');
  const target = params.get('card');
  const [query, setQuery] = useState('');
  // The prerendered HTML has no query, so a filter in the address (`?filter=flagged`) is applied once the page is live.
  const [filter, setFilter] = useState<CardFilter>('all');
  useEffect(() => {
    if (isCardFilter(filterParam)) setFilter(filterParam);
  }, [filterParam]);
  const [sort, setSort] = useState<CardSort>('added');
  const ids = { search: useId(), filter: useId(), sort: useId(), list: useId() };
  const searchBox = useRef<HTMLInputElement>(null);
  const filterBox = useRef<HTMLSelectElement>(null);
  const sortBox = useRef<HTMLSelectElement>(null);
  // What the learner typed or chose before the page was live is kept, not reset.
  useAdoptEarlyInput(searchBox, query, setQuery);
  useAdoptEarlyInput(filterBox, filter, (v) => isCardFilter(v) && setFilter(v));
  useAdoptEarlyInput(sortBox, sort, (v) => isCardSort(v) && setSort(v));

  return (
    <section className="page wide cards">
      <PageTitle
        title="Cards"
        description={`Browse all ${cardKeys.length} cards of Descent's deck: search them, see when each is due, and suspend, bury, flag, forget or edit them.`}
      />
      <h1>Cards</h1>
      <form className="card-filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <div className="field grow">
          <label htmlFor={ids.search}>Search cards</label>
          <input
            ref={searchBox}
            id={ids.search}
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder="Prompt, answer or concept"
            aria-controls={ids.list}
            autoComplete="off"
          />
        </div>
        <div className="field">
          <label htmlFor={ids.filter}>Filter</label>
          <select
            ref={filterBox}
            id={ids.filter}
            value={filter}
            onChange={(e) => isCardFilter(e.target.value) && setFilter(e.target.value)}
            aria-controls={ids.list}
          >
            {cardFilters.map((f) => (
              <option key={f} value={f}>
                {filterLabels[f]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.sort}>Sort by</label>
          <select
            ref={sortBox}
            id={ids.sort}
            value={sort}
            onChange={(e) => isCardSort(e.target.value) && setSort(e.target.value)}
            aria-controls={ids.list}
          >
            {cardSorts.map((s) => (
              <option key={s} value={s}>
                {sortLabels[s]}
              </option>
            ))}
          </select>
        </div>
      </form>
      <div id={ids.list}>
        <AfterHydration fallback={<CardBrowserPreview />}>
          {() => (
            // A link to another card opens the browser afresh on that card.
            <CardBrowser key={target} query={query} filter={filter} sort={sort} target={target} />
          )}
        </AfterHydration>
      </div>
    </section>
  );
}
