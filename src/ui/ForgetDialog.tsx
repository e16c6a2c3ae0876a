// Forget asks first: the cards lose their schedule (their history stays). Cancel is focused, the safe default.
// Shared by the study page (one card) and the card browser (a selection), which say what is forgotten.
import { useId, useLayoutEffect, useRef } from 'react';

interface Props {
  /** The question, e.g. "Forget this card?". */
  title: string;
  /** What forgetting does to these cards. */
  text: string;
  onForget: () => void;
  onClose: () => void;
}

export function ForgetDialog({ title, text, onForget, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const id = useId();

  // Open while mounted; closing gives focus back to the control that opened it.
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
      <h2 id={`${id}-title`}>{title}</h2>
      <p id={`${id}-text`}>{text}</p>
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
