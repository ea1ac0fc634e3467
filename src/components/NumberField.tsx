import { useEffect, useId, useState } from 'react';
import { common } from '../i18n/common';
import { fmt, useText } from '../i18n/text';

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

/** Checks a typed number; returns the message key and values for an error, or the number. */
export function validateNumber(raw: string, opts: { min?: number; max?: number; integer?: boolean }):
  { ok: true; value: number } | { ok: false; key: 'invalidNumber' | 'tooSmall' | 'tooLarge' | 'notInteger'; values: Record<string, number> } {
  const trimmed = raw.trim().replace(/−/g, '-');
  const value = trimmed === '' ? Number.NaN : Number(trimmed);
  if (!Number.isFinite(value)) return { ok: false, key: 'invalidNumber', values: {} };
  if (opts.integer && !Number.isInteger(value)) return { ok: false, key: 'notInteger', values: {} };
  if (opts.min !== undefined && value < opts.min) return { ok: false, key: 'tooSmall', values: { min: opts.min } };
  if (opts.max !== undefined && value > opts.max) return { ok: false, key: 'tooLarge', values: { max: opts.max } };
  return { ok: true, value };
}

/** A labelled number input that validates as the user types and explains what is wrong. */
export function NumberField({ label, value, onChange, min, max, integer, className }: NumberFieldProps) {
  const t = useText(common);
  const id = useId();
  const [draft, setDraft] = useState(String(value));
  const [error, setError] = useState<string | null>(null);

  // Follow outside changes (presets, links) unless the user is mid-edit with an invalid draft.
  useEffect(() => {
    setDraft((d) => (Number(d) === value ? d : String(value)));
    setError(null);
  }, [value]);

  const commit = (raw: string) => {
    setDraft(raw);
    const result = validateNumber(raw, { min, max, integer });
    if (result.ok) {
      setError(null);
      if (result.value !== value) onChange(result.value);
    } else {
      setError(fmt(t[result.key], result.values));
    }
  };

  return (
    <div className={`number-field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        value={draft}
        aria-invalid={error !== null}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => commit(e.target.value)}
        onBlur={() => { if (error) { setDraft(String(value)); setError(null); } }}
      />
      {error && (
        <span id={`${id}-error`} className="field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
