import { Link, useParams, useSearchParams } from 'react-router';
import { paths } from '../../paths';
import { PageTitle } from '../../ui/PageTitle';
import { AfterHydration } from '../../ui/useHydrated';
import { CramSession } from './CramSession';
import { ScheduledSession } from './ScheduledSession';
import { studyScope } from './study-scope';

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
      <AfterHydration fallback={<StudyPlaceholder heading={title} />}>
        {() =>
          cram ? <CramSession key={key} scope={scope} /> : <ScheduledSession key={key} scope={scope} />
        }
      </AfterHydration>
    </>
  );
}

/** The session's frame without a card: heading, an empty card of the card's height and the row under it. It has no
 * "Show answer" button, so nothing on it can be pressed before the session is live. */
function StudyPlaceholder({ heading }: { heading: string }) {
  return (
    <section className="page narrow study">
      <div className="study-head">
        <h1>{heading}</h1>
        <p className="counts" aria-hidden="true">
          {'\u00a0'}
        </p>
      </div>
      <div className="study-card panel" aria-busy="true">
        <p className="muted">Loading your next card…</p>
      </div>
      <div className="actions study-foot" aria-hidden="true">
        <span className="muted">{'\u00a0'}</span>
      </div>
    </section>
  );
}
