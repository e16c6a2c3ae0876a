// "Your notes": the learner's own note on a concept, kept beside the review log (a note action), saved with the button
// or when the box loses focus.
import { useEffect, useId, useState } from 'react';
import { useProgress, useStores } from '../../store/use-stores';

interface Props {
  conceptId: string;
  title: string;
}

/** The box before the page is live (prerendered HTML): the same size, not yet editable. */
export function ConceptNotesPlaceholder({ title }: { title: string }) {
  const id = useId();
  return (
    <div className="concept-notes">
      <label htmlFor={id}>Your notes on {title}</label>
      <textarea id={id} rows={5} disabled />
      <div className="actions">
        <button type="button" disabled>
          Save note
        </button>
        <p className="muted concept-notes-status" />
      </div>
    </div>
  );
}

export function ConceptNotes({ conceptId, title }: Props) {
  const { progress } = useStores();
  const id = useId();
  const saved = useProgress((s) => s.notes.get(conceptId)?.text ?? '');
  const readOnly = useProgress((s) => s.readOnly);
  const [draft, setDraft] = useState(saved);
  const [said, setSaid] = useState('');
  const dirty = draft.trim() !== saved;

  // The note changed elsewhere (another tab, an import): follow it unless the learner is writing their own.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a change of the stored note matters here
  useEffect(() => {
    if (!dirty) setDraft(saved);
  }, [saved]);

  const save = (asked: boolean) => {
    if (!dirty) {
      // Save pressed with nothing new: say where the note stands.
      if (asked && saved !== '') setSaid('Saved');
      return;
    }
    if (readOnly) {
      setSaid('Not saved: this tab is read-only until you reload.');
      return;
    }
    const text = draft.trim();
    progress.getState().note(conceptId, text);
    setDraft(text);
    setSaid(text === '' ? 'Note cleared' : 'Saved');
  };

  return (
    <div className="concept-notes">
      <label htmlFor={id}>Your notes on {title}</label>
      <textarea
        id={id}
        rows={5}
        value={draft}
        onChange={(e) => {
          setDraft(e.target.value);
          setSaid('');
        }}
        onBlur={() => save(false)}
      />
      <div className="actions">
        <button type="button" onClick={() => save(true)}>
          Save note
        </button>
        <p role="status" className="muted concept-notes-status">
          {said}
        </p>
      </div>
    </div>
  );
}
