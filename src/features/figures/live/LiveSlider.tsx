// A labelled native range input for a live figure, with its current value said in words beside it.
import { useId, useRef } from 'react';
import { useAdoptEarlyInput } from '../../../ui/useAdoptEarlyInput';

interface Props {
  /** The slider's accessible name, shown as its label. */
  label: string;
  min: number;
  max: number;
  step: number;
  value: number;
  /** The value as the learner should read it ("σ = 0.20"); also the slider's aria-valuetext. */
  valueText: string;
  onChange: (value: number) => void;
}

export function LiveSlider({ label, min, max, step, value, valueText, onChange }: Props) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  useAdoptEarlyInput(input, String(value), (moved) => onChange(Number(moved)));
  return (
    <div className="figure-range">
      <label htmlFor={id}>{label}</label>
      <input
        ref={input}
        id={id}
        type="range"
        min={min}
        max={max}
        step={step}
        value={value}
        aria-valuetext={valueText}
        onChange={(e) => onChange(Number(e.target.value))}
      />
      <output htmlFor={id}>{valueText}</output>
    </div>
  );
}
