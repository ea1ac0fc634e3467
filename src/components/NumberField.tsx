import { useId } from 'react';
import { useNumberDraft } from './use-number-draft';

interface NumberFieldProps {
  label: string;
  value: number;
  /** Called only with valid values; invalid input shows a message and keeps the last valid value. */
  onChange: (value: number) => void;
  min?: number;
  max?: number;
  integer?: boolean;
  className?: string;
}

/** A labelled number input that validates as the user types and explains what is wrong. */
export function NumberField({ label, value, onChange, min, max, integer, className }: NumberFieldProps) {
  const id = useId();
  const { message, inputProps } = useNumberDraft(value, { min, max, integer }, onChange);
  return (
    <div className={`number-field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <input id={id} type="text" inputMode="decimal" aria-describedby={message ? `${id}-error` : undefined} {...inputProps} />
      {message && (
        <span id={`${id}-error`} className="field-error" role="alert">
          {message}
        </span>
      )}
    </div>
  );
}
