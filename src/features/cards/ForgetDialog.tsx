// Forget asks first: the cards lose their schedule (their history stays). Cancel is focused, the safe default.
import { useId, useLayoutEffect, useRef } from 'react';

interface Props {
  count: number;
  onForget: () => void;
  onClose: () => void;
}

export function ForgetDialog({ count, onForget, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const id = useId();
  const one = count === 1;

  // Open while mounted; closing gives focus back to the Forget button that opened it.
  useLayoutEffect(() => {
    const d = dialog.current;
    const opener = document.activeElement;
    if (d && !d.open) d.showModal();
    cancel.current?.focus();
    return () => {
      if (d?.open) d.close();
      if (opener instanceof HTMLElement && opener.isConnected && document.activeElement !== opener)
        opener.focus();
    };
  }, []);

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={`${id}-title`}>
        Forget {count} {one ? 'card' : 'cards'}?
      </h2>
      <p id={`${id}-text`}>
        {one
          ? 'It goes back to new; its review history stays in your log.'
          : 'They go back to new; their review history stays in your log.'}
      </p>
      <div className="actions">
        <button
          type="button"
          className="danger-solid"
          onClick={() => {
            onForget();
            onClose();
          }}
        >
          Forget
        </button>
        <button ref={cancel} type="button" className="quiet" onClick={onClose}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
