import { useId } from 'react';
import './vector.css';

interface ClassPickerProps {
  /** Visible legend, also the group's accessible name. */
  legend: string;
  /** Accessible name of each choice, e.g. "class 3". */
  optionLabel: (k: number) => string;
  classes: number;
  value: number;
  onChange: (k: number) => void;
}

/** The true class as a radio group: one-hot by construction, arrow keys move the choice. */
export function ClassPicker({ legend, optionLabel, classes, value, onChange }: ClassPickerProps) {
  const name = useId();
  return (
    <fieldset className="class-picker">
      <legend>{legend}</legend>
      {Array.from({ length: classes }, (_, k) => (
        <label key={k} className={k === value ? 'class-choice checked' : 'class-choice'}>
          <input type="radio" name={name} value={k} checked={k === value} aria-label={optionLabel(k)} onChange={() => onChange(k)} />
          <span aria-hidden="true">{k}</span>
        </label>
      ))}
    </fieldset>
  );
}
