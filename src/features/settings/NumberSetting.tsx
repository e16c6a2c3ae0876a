// A whole-number setting: what the learner types is kept as typed, and saved whenever it is a number in range.
import { useId, useState } from 'react';

export function NumberSetting({
  label,
  value,
  min,
  max,
  hint,
  onSave,
}: {
  label: string;
  value: number;
  min: number;
  max: number;
  hint?: string;
  onSave: (n: number) => void;
}) {
  const id = useId();
  const hintId = useId();
  // A cleared box is being retyped, not a request for 0: only a number in range is saved, and leaving the box
  // shows the saved value again.
  const [draft, setDraft] = useState<string>();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        value={draft ?? value}
        aria-describedby={hint ? hintId : undefined}
        onChange={(e) => {
          setDraft(e.target.value);
          const n = Number(e.target.value);
          if (e.target.value.trim() !== '' && Number.isInteger(n) && n >= min && n <= max) onSave(n);
        }}
        onBlur={() => setDraft(undefined)}
      />
      {hint && (
        <p id={hintId} className="muted hint">
          {hint}
        </p>
      )}
    </div>
  );
}
