// One concept: what it is, where it came up in the talk, whose view it is, its sources, and how well it is known.

import { formulas } from 'virtual:deck-formulas';
import { lazy } from 'react';
import { Link, useParams } from 'react-router';
import { cardKey } from '../../content/card-key';
import type { ConceptPageData } from '../../content/concept-page';
import { type Concept, topicLabels } from '../../content/schema';
import { retrievability } from '../../engine/scheduler';
import { paths } from '../../paths';
import { useProgress, useSettings } from '../../store/use-stores';
import { MasteryMeter } from '../../ui/MasteryMeter';
import { MathFormula } from '../../ui/MathFormula';
import { PageTitle } from '../../ui/PageTitle';
import { AfterHydration } from '../../ui/useHydrated';
import { ConceptFigure } from './ConceptFigure';
import { ConceptNotes, ConceptNotesPlaceholder } from './ConceptNotes';
import { inlineConceptPage } from './concept-source';
import { conceptMastery } from './useConceptMastery';

// A concept opened from inside the app (not from its own prerendered HTML) reads the deck, loaded with this part.
const ConceptFromDeck = lazy(() => import('./ConceptFromDeck'));

export default function ConceptPage() {
  const { id = '' } = useParams();
  const inline = inlineConceptPage(id);
  return inline ? <ConceptView id={id} page={inline} /> : <ConceptFromDeck id={id} />;
}

/** The concept's page, or "Concept not found" without data. */
export function ConceptView({ id, page }: { id: string; page: ConceptPageData | undefined }) {
  const concept = page?.concept;
  if (!page || !concept) {
    return (
      <section className="page narrow">
        <PageTitle title="Concept not found" />
        <h1>Concept not found</h1>
        <p>No concept in the deck has the id “{id}”. It may have been renamed.</p>
        <p>
          <Link to={paths.concepts.getHref()}>Search the concepts</Link>
        </p>
      </section>
    );
  }

  return (
    <article className="page with-aside concept">
      <PageTitle title={concept.title} description={concept.summary} />
      <div className="concept-main">
        <p className="muted eyebrow">
          <Link to={paths.concepts.getHref(concept.topic)}>{topicLabels[concept.topic]}</Link>
        </p>
        <h1>{concept.title}</h1>
        <p className="lead">{concept.summary}</p>
        <div className="actions">
          <Link className="button" to={paths.study.getHref({ concept: concept.id })}>
            Study this concept
          </Link>
          <Link className="button quiet" to={paths.quiz.getHref(concept.id)}>
            Quiz this concept
          </Link>
        </div>
        <p>{concept.explanation}</p>
        {(formulas[concept.id] ?? []).map((f) => (
          <MathFormula key={f.label ?? f.says} {...f} />
        ))}
        <ConceptFigure conceptId={concept.id} />

        <h2>How well you know it</h2>
        <AfterHydration
          fallback={
            <>
              <MasteryMeter mastery={undefined} label={`How well you know ${concept.title}`} />
              <p className="muted">{concept.cards.length} cards.</p>
            </>
          }
        >
          {() => <ConceptProgress concept={concept} />}
        </AfterHydration>

        <h2>Your notes</h2>
        <AfterHydration fallback={<ConceptNotesPlaceholder title={concept.title} />}>
          {() => <ConceptNotes conceptId={concept.id} title={concept.title} />}
        </AfterHydration>
      </div>

      {/* Beside the explanation on a wide screen, under it on a phone: where the idea comes from and leads. */}
      <aside className="concept-aside" aria-label="About this concept">
        <dl className="facts">
          <div>
            <dt>In the talk</dt>{' '}
            <dd>
              <a href={page.talkUrl} rel="noopener noreferrer" target="_blank">
                <time>{concept.section}</time>
                <span className="visually-hidden">
                  {' '}
                  (watch the episode at this moment, opens in a new tab)
                </span>
              </a>{' '}
              · {page.sectionHeading}
            </dd>
          </div>
          {concept.speaker && (
            <div>
              <dt>Whose view</dt> <dd>{concept.speaker}</dd>
            </div>
          )}
          <div>
            <dt>Tags</dt> <dd>{concept.tags.join(', ')}</dd>
          </div>
        </dl>

        <h2>References</h2>
        <ul className="references">
          {concept.references.map((r) => (
            <li key={`${r.title}-${r.year}`}>
              {r.url ? (
                <a href={r.url} rel="noopener noreferrer" target="_blank">
                  {r.title}
                </a>
              ) : (
                r.title
              )}{' '}
              <span className="muted">
                · {r.authors}, {r.year}
              </span>
            </li>
          ))}
        </ul>

        <h2>Related concepts</h2>
        <ul className="related">
          {page.related.map((r) => (
            <li key={r.id}>
              <Link to={paths.concept.getHref(r.id)}>{r.title}</Link>
            </li>
          ))}
        </ul>
      </aside>
    </article>
  );
}

/** The learner's own standing on the concept: read from their progress, so drawn only once the page is live. */
function ConceptProgress({ concept }: { concept: Concept }) {
  const cards = useProgress((s) => s.cards);
  const retention = useSettings((s) => s.retention);
  const now = new Date();
  const known = conceptMastery(concept, cards);
  const studied = concept.cards
    .map((k) => cards[cardKey(concept.id, k.id)])
    .filter((s) => s && s.state !== 0);
  const recall = studied.length
    ? Math.round(
        (studied.reduce((sum, s) => sum + retrievability(s, now, { retention }), 0) / studied.length) * 100,
      )
    : undefined;
  return (
    <>
      <MasteryMeter mastery={known} label={`How well you know ${concept.title}`} />
      <p className="muted">
        {concept.cards.length} cards
        {recall !== undefined ? ` · estimated recall now ${recall}%` : ''}.
      </p>
    </>
  );
}
