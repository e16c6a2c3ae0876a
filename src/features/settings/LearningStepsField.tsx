// Learning steps as ts-fsrs reads them ("1m 10m"): checked when the learner leaves the box or presses Enter, saved
// only when valid, and otherwise named as wrong beside the box.

import { useId, useState } from 'react';
import * as v from 'valibot';
import { LearningStepsSchema } from '../../store/progress-schema';

/** The steps as the schema wants them: one space between steps, none around. */
const tidy = (text: string) => text.trim().split(/\s+/).filter(Boolean).join(' ');

export function LearningStepsField({ value, onSave }: { value: string; onSave: (steps: string) => void }) {
  const ids = { input: useId(), hint: useId(), error: useId() };
  const [draft, setDraft] = useState(value);
  const [invalid, setInvalid] = useState(false);
  // Saved here or in another tab: the box shows the new steps.
  const [saved, setSaved] = useState(value);
  if (value !== saved) {
    setSaved(value);
    setDraft(value);
    setInvalid(false);
  }

  const commit = () => {
    const steps = tidy(draft);
    if (!v.safeParse(LearningStepsSchema, steps).success) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    setDraft(steps);
    if (steps !== value) onSave(steps);
  };

  return (
    <div className="field">
      <label htmlFor={ids.input}>Learning steps</label>
      <input
        id={ids.input}
        type="text"
        autoComplete="off"
        spellCheck={false}
        value={draft}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${ids.error} ${ids.hint}` : ids.hint}
        onChange={(e) => {
          setDraft(e.target.value);
          setInvalid(false);
        }}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit();
          }
        }}
      />
      {/* Always present, so a screen reader hears the message when it appears. */}
      <p id={ids.error} className="field-error" aria-live="polite">
        {invalid
          ? 'Not saved: write each step as a whole number and m, h or d, separated by spaces, like “1m 10m”.'
          : ''}
      </p>
      <p id={ids.hint} className="muted hint">
        How long a new or forgotten card waits between showings before it goes to review: minutes (m), hours
        (h) or days (d), up to 8 steps. Empty: straight to review.
      </p>
    </div>
  );
}
