// "Forget card" asks first: the card loses its schedule and starts again as new (its history stays in the log).
// Cancel has focus, the safe default.
import { useId, useLayoutEffect, useRef } from 'react';

interface Props {
  onForget: () => void;
  onClose: () => void;
}

export function ForgetCardDialog({ onForget, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const id = useId();

  // Open while mounted; closing gives focus back to the control that opened it (the Card actions button).
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
      <h2 id={`${id}-title`}>Forget this card?</h2>
      <p id={`${id}-text`}>
        It goes back to new and loses its schedule; its review history stays in your log.
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
