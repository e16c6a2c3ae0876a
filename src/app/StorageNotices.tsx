// Tells the learner when stored data was set aside or cannot be saved, with a way to keep a copy.

import { Link } from 'react-router';
import { paths } from '../paths';
import { type StorageProblem, useStatus } from '../store/status';
import { downloadText } from '../ui/download';

export function StorageNotices() {
  const problems = useStatus((s) => s.problems);
  const dismiss = useStatus((s) => s.dismiss);
  if (problems.length === 0) return null;
  return (
    <div className="notices">
      {problems.map((p) => (
        <Notice key={p.kind === 'corrupt' ? p.backupKey : 'write'} problem={p} onDismiss={() => dismiss(p)} />
      ))}
    </div>
  );
}

function Notice({ problem, onDismiss }: { problem: StorageProblem; onDismiss: () => void }) {
  if (problem.kind === 'write-failed') {
    return (
      <div className="notice warning" role="status">
        <p>
          <strong>Your progress is not being saved</strong> ({problem.detail}). You can keep studying: nothing
          is lost while this tab stays open. <Link to={paths.settings}>Export your progress</Link> to keep a
          copy.
        </p>
      </div>
    );
  }
  return (
    <div className="notice danger" role="alert">
      <p>
        <strong>Some saved data could not be read</strong> ({problem.detail}), so that part starts fresh.{' '}
        {problem.backupSaved
          ? 'A copy was kept in this browser.'
          : 'There was no room to keep a copy in this browser: download it now to keep it.'}
      </p>
      <div className="notice-actions">
        <button
          type="button"
          onClick={() =>
            downloadText(
              `${problem.backupKey.slice('descent:'.length).replaceAll(':', '-')}.json`,
              problem.raw,
            )
          }
        >
          Download the backup
        </button>
        <button type="button" className="quiet" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
    </div>
  );
}
