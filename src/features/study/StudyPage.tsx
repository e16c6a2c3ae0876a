import { Link, useParams, useSearchParams } from 'react-router';
import { paths } from '../../paths';
import { defaultSettings } from '../../store/progress-schema';
import { PageTitle } from '../../ui/PageTitle';
import { AfterHydration } from '../../ui/useHydrated';
import { CardFront } from './CardFace';
import { CramSession } from './CramSession';
import { ScheduledSession } from './ScheduledSession';
import { type StudyScope, studyScope } from './study-scope';

export default function StudyPage() {
  const { topic } = useParams();
  const [search] = useSearchParams();
  const scope = studyScope(topic, search);
  const cram = search.get('cram') === '1';
  const title = cram ? `Cram: ${scope.label}` : `Study: ${scope.label}`;

  if (scope.unknown) {
    return (
      <section className="page narrow">
        <PageTitle title={title} />
        <h1>Nothing to study here</h1>
        <p>{scope.unknown}</p>
        <p>
          <Link to={paths.study.getHref()}>Study all topics</Link> or{' '}
          <Link to={paths.concepts.getHref()}>search the concepts</Link>.
        </p>
      </section>
    );
  }
  const key = `${cram ? 'cram' : 'study'}:${topic ?? ''}:${search.get('concept') ?? search.get('concepts') ?? ''}`;
  return (
    <>
      <PageTitle title={title} />
      {/* Which card comes next is the learner's: the prerendered page holds the frame of a card, the same size. */}
      <AfterHydration fallback={<StudyPlaceholder heading={title} scope={scope} />}>
        {() =>
          cram ? <CramSession key={key} scope={scope} /> : <ScheduledSession key={key} scope={scope} />
        }
      </AfterHydration>
    </>
  );
}

/**
 * The session's frame before it is live. For a learner who has not studied yet (most first visits) the first card is
 * known without their progress: it is the first card of the scope in the order new cards come, and 20 are new today.
 * The prerendered page shows it, so the page is readable at once. A learner with progress in this browser may have
 * another card first: for them the head script marks the page "returning" and the card's text stays hidden
 * (global.css) until their own card replaces it, in the same place. Nothing here can be pressed: the "Show answer"
 * button only holds the space of the live one.
 */
function StudyPlaceholder({ heading, scope }: { heading: string; scope: StudyScope }) {
  const first = scope.cards[0];
  const fresh = Math.min(defaultSettings.newPerDay, scope.cards.length);
  return (
    <section className="page narrow study study-preview">
      <div className="study-head">
        <h1>{heading}</h1>
        <p className="counts preview-text">
          <span className="count-new">{fresh} new</span>
          <span className="count-learning">0 learning</span>
          <span className="count-review">0 review</span>
        </p>
      </div>
      {first ? (
        <article className="study-card panel" aria-labelledby="card-heading" aria-busy="true">
          <div className="card-top">
            <h2 id="card-heading" className="card-concept preview-text">
              <Link to={paths.concept.getHref(first.concept.id)}>{first.concept.title}</Link>
            </h2>
            <div className="card-menu" aria-hidden="true">
              <button type="button" className="quiet card-menu-button preview-hold" tabIndex={-1} disabled>
                <span className="card-menu-icon">⋯</span>
                <span className="card-menu-label">Actions</span>
              </button>
            </div>
          </div>
          <div className="card-side preview-text">
            <CardFront card={first.card} />
          </div>
          <div className="live" />
          <div className="reveal" aria-hidden="true">
            <button type="button" className="preview-hold" tabIndex={-1} disabled>
              Show answer
            </button>
            {/* The first card of a learner who has not studied yet is new: it offers "I know this". */}
            <button type="button" className="quiet preview-hold" tabIndex={-1} disabled>
              I know this
            </button>
            <span className="muted key-hint preview-text">
              <kbd>Space</kbd>
            </span>
          </div>
        </article>
      ) : (
        <div className="study-card panel" aria-busy="true" />
      )}
      <div className="actions study-foot" aria-hidden="true">
        <span className="muted">{'\u00a0'}</span>
      </div>
    </section>
  );
}
