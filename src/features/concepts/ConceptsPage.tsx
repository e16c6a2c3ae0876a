// The deck, grouped by topic, with typo-tolerant search (fuse.js, loaded with this route only) and a topic filter.

import { concepts } from 'virtual:deck-outline';
import { useId, useMemo, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { type ConceptOutline, isTopic, topicLabels, topics } from '../../content/schema';
import { paths } from '../../paths';
import type { ProgressState } from '../../store/progress';
import { MasteryMeter } from '../../ui/MasteryMeter';
import { PageTitle } from '../../ui/PageTitle';
import { TopicOptions } from '../../ui/TopicOptions';
import { useAdoptEarlyInput } from '../../ui/useAdoptEarlyInput';
import { createConceptSearch } from './concept-search';
import { conceptMastery } from './useConceptMastery';
import { useLiveProgress } from './useLiveProgress';

// The outline, not the deck: the list paints without waiting for every card's text.
// Built on the first search, not while the page loads: most visits list and never search.
let searchIndex: ReturnType<typeof createConceptSearch<ConceptOutline>> | undefined;
const searchConcepts = (q: string) => {
  searchIndex ??= createConceptSearch(concepts);
  return searchIndex(q);
};

export default function ConceptsPage() {
  const [params, setParams] = useSearchParams();
  const [query, setQuery] = useState(params.get('q') ?? '');
  const topicParam = params.get('topic');
  const topic = isTopic(topicParam) ? topicParam : undefined;
  const ids = { search: useId(), topic: useId(), results: useId() };
  // One read of the learner's progress for the whole list, after hydration: the meters are patched in place.
  const cards = useLiveProgress(selectCards);
  const searchBox = useRef<HTMLInputElement>(null);
  const topicBox = useRef<HTMLSelectElement>(null);

  const matches = useMemo(() => {
    const q = query.trim();
    const found = q ? searchConcepts(q) : concepts;
    return topic ? found.filter((c) => c.topic === topic) : found;
  }, [query, topic]);

  const setTopic = (value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set('topic', value);
    else next.delete('topic');
    setParams(next, { replace: true });
  };
  // What the learner typed or chose before the page was live is kept, not reset.
  useAdoptEarlyInput(searchBox, query, setQuery);
  useAdoptEarlyInput(topicBox, topic ?? '', setTopic);

  // Groups keep the match order, and a search lists first the group holding the best match.
  const groupOrder = query.trim() ? [...new Set(matches.map((c) => c.topic))] : topics;
  const groups = groupOrder
    .map((t) => ({ topic: t, concepts: matches.filter((c) => c.topic === t) }))
    .filter((g) => g.concepts.length > 0);

  return (
    <section className="page wide">
      <PageTitle
        title="Concepts"
        description={`All ${concepts.length} concepts of Descent's deck on the ideas of modern deep learning, by topic.`}
      />
      <h1>Concepts</h1>
      <form className="concept-filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <div className="field grow">
          <label htmlFor={ids.search}>Search concepts</label>
          <input
            ref={searchBox}
            id={ids.search}
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder="e.g. double descent, self-play"
            aria-controls={ids.results}
            autoComplete="off"
          />
        </div>
        <div className="field">
          <label htmlFor={ids.topic}>Topic</label>
          <select
            ref={topicBox}
            id={ids.topic}
            value={topic ?? ''}
            onChange={(e) => setTopic(e.target.value)}
          >
            <option value="">All topics</option>
            <TopicOptions />
          </select>
        </div>
      </form>
      <p id={ids.results} className="muted" aria-live="polite">
        {matches.length === 0
          ? ''
          : `${matches.length} ${matches.length === 1 ? 'concept' : 'concepts'}${query.trim() ? ` match “${query.trim()}”` : ''}`}
      </p>
      {matches.length === 0 ? (
        <div className="panel empty" role="status">
          <h2>No concept matches</h2>
          <p>
            Nothing matches “{query.trim()}”{topic ? ` in ${topicLabels[topic]}` : ''}. Try fewer or other
            words
            {topic ? ', or search all topics' : ''}.
          </p>
        </div>
      ) : (
        groups.map((g) => (
          <section key={g.topic} aria-labelledby={`topic-${g.topic}`} className="topic-group">
            <h2 id={`topic-${g.topic}`}>
              {topicLabels[g.topic]} <span className="muted count">({g.concepts.length})</span>
            </h2>
            <ul className="concept-list">
              {g.concepts.map((c) => (
                <ConceptItem key={c.id} concept={c} cards={cards} />
              ))}
            </ul>
          </section>
        ))
      )}
    </section>
  );
}

function ConceptItem({ concept, cards }: { concept: ConceptOutline; cards: Cards | undefined }) {
  const label = `How well you know ${concept.title}`;
  return (
    <li className="concept-item">
      <h3>
        <Link to={paths.concept.getHref(concept.id)}>{concept.title}</Link>
      </h3>
      <p>{concept.summary}</p>
      <MasteryMeter mastery={cards && conceptMastery(concept, cards)} label={label} />
    </li>
  );
}

type Cards = ProgressState['cards'];
const selectCards = (s: ProgressState) => s.cards;
