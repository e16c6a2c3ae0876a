// "Edit card": the learner's own wording of a card (prompt, answer, why), shared by the card browser and study.
// Pure UI: the caller reads the wording from the deck and the learner's marks, and saves through the store.
import { type FormEvent, useId, useLayoutEffect, useRef } from 'react';

/** A card's wording as the learner reads and edits it (the same fields as the content's `CardWording`). */
export interface CardEditText {
  prompt: string;
  answer: string;
  why: string;
}

export interface CardEditDialogProps {
  /** The deck's wording of the card now (`deckWording(card)` from src/content/card-text.ts). */
  deckWording: CardEditText;
  /** The learner's edit, when the card has one (`marks.get(key)?.edit`): `original` is the deck's wording it
   * replaced. With an edit the dialog starts from the learner's wording and offers "Restore original". */
  edit?: { text: CardEditText; original: CardEditText } | undefined;
  /** Save was pressed with a wording that differs from the deck's. The dialog then calls `onClose`. */
  onSave: (text: CardEditText) => void;
  /** "Restore original" was pressed (or the learner saved the deck's own wording over an edit). Then `onClose`. */
  onRestore: () => void;
  /** The dialog is done (Save, Restore, Cancel or Escape): unmount it. Focus goes back where it was. */
  onClose: () => void;
}

const sameText = (a: CardEditText, b: CardEditText) =>
  a.prompt === b.prompt && a.answer === b.answer && a.why === b.why;

/**
 * A modal `<dialog>` named "Edit card", open while mounted. When the deck's wording changed since the learner's
 * edit (the rule of the engine's `deckChangedSince`, repeated here because ui/ imports no engine), it shows both
 * versions, "Your version" and "The deck's version now", so a deck update never silently replaces an edit.
 */
export function CardEditDialog({ deckWording, edit, onSave, onRestore, onClose }: CardEditDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const start = edit?.text ?? deckWording;
  const deckChanged = edit !== undefined && !sameText(edit.original, deckWording);

  // Opened on mount and closed before it leaves the page: closing a modal dialog gives focus back to the control
  // that opened it.
  useLayoutEffect(() => {
    const d = dialog.current;
    const opener = document.activeElement;
    if (d && !d.open) d.showModal();
    return () => {
      if (d?.open) d.close();
      if (opener instanceof HTMLElement && opener.isConnected && document.activeElement !== opener)
        opener.focus();
    };
  }, []);

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const text: CardEditText = {
      prompt: String(data.get('prompt') ?? '').trim(),
      answer: String(data.get('answer') ?? '').trim(),
      why: String(data.get('why') ?? '').trim(),
    };
    if (sameText(text, deckWording)) {
      if (edit) onRestore();
    } else if (!sameText(text, start)) onSave(text);
    onClose();
  };

  return (
    <dialog
      ref={dialog}
      className="dialog card-edit"
      aria-labelledby={`${id}-title`}
      onCancel={(e) => {
        // Escape: React unmounts the dialog, which closes it.
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={`${id}-title`}>Edit card</h2>
      <p className="muted">Your wording is for you only; the deck keeps its own.</p>
      {deckChanged && edit && (
        <div className="card-versions">
          <p className="notice warning">The deck changed this card since you edited it.</p>
          <section aria-labelledby={`${id}-yours`}>
            <h3 id={`${id}-yours`}>Your version</h3>
            <CardTextView text={edit.text} />
          </section>
          <section aria-labelledby={`${id}-deck`}>
            <h3 id={`${id}-deck`}>The deck's version now</h3>
            <CardTextView text={deckWording} />
          </section>
        </div>
      )}
      <form onSubmit={onSubmit} className="card-edit-form">
        <div className="field">
          <label htmlFor={`${id}-prompt`}>Prompt</label>
          <textarea id={`${id}-prompt`} name="prompt" defaultValue={start.prompt} required rows={3} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-answer`}>Answer</label>
          <textarea id={`${id}-answer`} name="answer" defaultValue={start.answer} required rows={2} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-why`}>Why</label>
          <textarea id={`${id}-why`} name="why" defaultValue={start.why} rows={3} />
        </div>
        <div className="actions">
          <button type="submit">Save</button>
          {edit && (
            <button
              type="button"
              className="quiet"
              onClick={() => {
                onRestore();
                onClose();
              }}
            >
              Restore original
            </button>
          )}
          <button type="button" className="quiet" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}

function CardTextView({ text }: { text: CardEditText }) {
  return (
    <dl className="card-version">
      <dt>Prompt</dt>
      <dd>{text.prompt}</dd>
      <dt>Answer</dt>
      <dd>{text.answer}</dd>
      {text.why && (
        <>
          <dt>Why</dt>
          <dd>{text.why}</dd>
        </>
      )}
    </dl>
  );
}
