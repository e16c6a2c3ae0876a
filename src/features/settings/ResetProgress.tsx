// Reset asks first, in a dialog, and offers an export before anything is deleted.
import { useRef, useState } from 'react';
import { useProgress } from '../../store/progress';
import { useQuizSession } from '../../store/quiz-session';

export function ResetProgress({ onExport }: { onExport: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const reset = useProgress((s) => s.reset);
  const clearQuiz = useQuizSession((s) => s.clear);
  const reviews = useProgress((s) =>
    Object.values(s.log).reduce((n, m) => n + m.filter((e) => e.grade > 0).length, 0),
  );
  const [done, setDone] = useState(false);

  return (
    <>
      <div className="actions">
        <button
          type="button"
          className="quiet danger"
          onClick={() => {
            setDone(false);
            dialog.current?.showModal();
          }}
        >
          Reset progress
        </button>
      </div>
      {done && (
        <p role="status" className="notice">
          Your progress was reset.
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
              reset();
              clearQuiz();
              dialog.current?.close();
              setDone(true);
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
