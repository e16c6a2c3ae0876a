// Tells the learner when stored data was set aside, cannot be saved, or was written by a newer Descent.
import { Link } from 'react-router';
import { paths } from '../paths';
import { buildBackupFile } from '../store/export-file';
import type { StorageProblem } from '../store/status';
import { useStatus, useStores } from '../store/use-stores';
import { downloadText } from '../ui/download';

export function StorageNotices() {
  const problems = useStatus((s) => s.problems);
  const dismiss = useStatus((s) => s.dismiss);
  if (problems.length === 0) return null;
  return (
    <div className="notices">
      {problems.map((p) => (
        <Notice key={p.kind === 'corrupt' ? p.backupKey : p.kind} problem={p} onDismiss={() => dismiss(p)} />
      ))}
    </div>
  );
}

function Notice({ problem, onDismiss }: { problem: StorageProblem; onDismiss: () => void }) {
  const { access } = useStores();
  if (problem.kind === 'newer-version') {
    return (
      <div className="notice danger" role="alert">
        <p>
          <strong>Descent was updated in another tab. Reload to continue.</strong> Until then this tab changes
          nothing, so the newer version’s data stays as it is.
        </p>
        <div className="notice-actions">
          <button type="button" onClick={() => window.location.reload()}>
            Reload
          </button>
        </div>
      </div>
    );
  }
  if (problem.kind === 'write-failed') {
    return (
      <div className="notice warning" role="status">
        <p>
          <strong>Your progress is not being saved</strong> ({problem.detail}). You can keep studying: nothing
          is lost while this tab stays open. <Link to={paths.settings.getHref()}>Export your progress</Link>{' '}
          to keep a copy.
        </p>
      </div>
    );
  }
  return (
    <div className="notice danger" role="alert">
      <p>
        <strong>Some saved data could not be read</strong> ({problem.detail}), so that part starts fresh.{' '}
        {problem.backupSaved
          ? 'A copy is kept in this browser: download it, then import it in Settings to recover what still reads.'
          : 'There was no room to keep a copy in this browser: download it now to keep it.'}
      </p>
      <div className="notice-actions">
        <button
          type="button"
          onClick={() =>
            downloadText(
              `${problem.backupKey.slice('descent:'.length).replaceAll(':', '-')}.json`,
              buildBackupFile(problem.key, problem.raw),
            )
          }
        >
          Download the backup
        </button>
        {problem.backupSaved && (
          <button
            type="button"
            className="quiet"
            onClick={() => {
              access.remove(problem.backupKey);
              onDismiss();
            }}
          >
            Delete the backup
          </button>
        )}
        <button type="button" className="quiet" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
    </div>
  );
}
