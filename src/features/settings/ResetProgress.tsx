// Reset asks first, in a dialog, and offers an export before anything is deleted.
import { useRef, useState } from 'react';
import { resetProgress } from '../../store/actions';
import { totalReviews } from '../../store/selectors';
import { useProgress, useStores } from '../../store/use-stores';

export function ResetProgress({ onExport }: { onExport: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const stores = useStores();
  const reviews = useProgress((s) => totalReviews(s.reviews));
  const [done, setDone] = useState<string>();

  return (
    <>
      <div className="actions">
        <button
          type="button"
          className="quiet danger"
          onClick={() => {
            setDone(undefined);
            dialog.current?.showModal();
          }}
        >
          Reset progress
        </button>
      </div>
      {done && (
        <p role="status" className="notice">
          {done}
        </p>
      )}
      <dialog ref={dialog} className="dialog" aria-labelledby="reset-title" aria-describedby="reset-desc">
        <h2 id="reset-title">Reset all progress?</h2>
        <p id="reset-desc">
          This deletes {reviews} {reviews === 1 ? 'review' : 'reviews'}, every card’s schedule and your quiz
          history from this browser. It cannot be undone. Export first to keep a copy.
        </p>
        <div className="actions">
          <button type="button" className="quiet" onClick={onExport}>
            Export progress first
          </button>
          <button
            type="button"
            className="danger-solid"
            onClick={() => {
              dialog.current?.close();
              setDone(resetProgress(stores).message);
            }}
          >
            Reset everything
          </button>
          <button type="button" className="quiet" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
        </div>
      </dialog>
    </>
  );
}
