import { Link, useParams, useSearchParams } from 'react-router';
import { paths } from '../../paths';
import { usePageTitle } from '../../ui/usePageTitle';
import { CramSession } from './CramSession';
import { ScheduledSession } from './ScheduledSession';
import { studyScope } from './study-scope';

export default function StudyPage() {
  const { topic } = useParams();
  const [search] = useSearchParams();
  const scope = studyScope(topic, search);
  const cram = search.get('cram') === '1';
  usePageTitle(cram ? `Cram: ${scope.label}` : `Study: ${scope.label}`);

  if (scope.unknown) {
    return (
      <section className="page narrow">
        <h1>Nothing to study here</h1>
        <p>{scope.unknown}</p>
        <p>
          <Link to={paths.study}>Study all topics</Link> or{' '}
          <Link to={paths.concepts}>search the concepts</Link>.
        </p>
      </section>
    );
  }
  const key = `${cram ? 'cram' : 'study'}:${topic ?? ''}:${search.get('concept') ?? search.get('concepts') ?? ''}`;
  return cram ? <CramSession key={key} scope={scope} /> : <ScheduledSession key={key} scope={scope} />;
}
