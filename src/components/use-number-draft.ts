import { useEffect, useState, type ChangeEvent, type KeyboardEvent } from 'react';
import { parseDecimal } from '../lib/decimal';
import { common } from '../i18n/text';
import { fmt, useText } from '../i18n/use-text';

export interface NumberRules {
  min?: number;
  max?: number;
  integer?: boolean;
}

type Problem = { key: 'invalidNumber' | 'tooSmall' | 'tooLarge' | 'outOfFloat' | 'notInteger'; values: Record<string, number> };

/** Checks a typed decimal number (accepting the typographic minus −); returns the number or what is wrong. */
export function validateNumber(raw: string, rules: NumberRules): ({ ok: true; value: number }) | ({ ok: false } & Problem) {
  const value = parseDecimal(raw);
  if (Number.isNaN(value)) return { ok: false, key: 'invalidNumber', values: {} };
  // A number written correctly but beyond float64 ("1e400") is out of range, not unreadable.
  if (value === Infinity) return rules.max === undefined ? { ok: false, key: 'outOfFloat', values: {} } : { ok: false, key: 'tooLarge', values: { max: rules.max } };
  if (value === -Infinity) return rules.min === undefined ? { ok: false, key: 'outOfFloat', values: {} } : { ok: false, key: 'tooSmall', values: { min: rules.min } };
  if (rules.integer && !Number.isInteger(value)) return { ok: false, key: 'notInteger', values: {} };
  if (rules.min !== undefined && value < rules.min) return { ok: false, key: 'tooSmall', values: { min: rules.min } };
  if (rules.max !== undefined && value > rules.max) return { ok: false, key: 'tooLarge', values: { max: rules.max } };
  return { ok: true, value };
}

/**
 * The text a user is typing into a number input, validated on every keystroke. Valid numbers go to
 * `onChange`; an invalid draft keeps the last valid value and explains itself in the current language.
 * On blur the draft gives way to the value in use, and the message stays to say so: a teacher who
 * types a rate out of range and clicks Start must not find the run quietly using the old one.
 * Enter re-sends the value even when unchanged (e.g. to reload the same index).
 */
export function useNumberDraft(value: number, rules: NumberRules, onChange: (value: number) => void, display: (v: number) => string = String) {
  const t = useText(common);
  const [draft, setDraft] = useState(display(value));
  const [problem, setProblem] = useState<Problem | null>(null);
  /** A draft dropped on blur, kept to explain why the field shows another number. */
  const [dropped, setDropped] = useState<{ typed: string; problem: Problem } | null>(null);

  // Follow outside changes (presets, links, steps) unless the draft already says the same number.
  useEffect(() => {
    setDraft((d) => {
      const current = validateNumber(d, {});
      return current.ok && current.value === value ? d : display(value);
    });
    setProblem(null);
    setDropped(null);
    // `display` is a formatting choice, not state: only a new value should reset the draft.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);

  const onInput = (e: ChangeEvent<HTMLInputElement>) => {
    const raw = e.target.value;
    setDraft(raw);
    setDropped(null);
    const result = validateNumber(raw, rules);
    if (result.ok) {
      setProblem(null);
      if (result.value !== value) onChange(result.value);
    } else {
      setProblem({ key: result.key, values: result.values });
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter') return;
    const result = validateNumber(draft, rules);
    if (result.ok) onChange(result.value);
  };

  const onBlur = () => {
    if (problem) {
      setDropped({ typed: draft, problem });
      setDraft(display(value));
      setProblem(null);
    }
  };

  const explain = (p: Problem) => fmt(t[p.key], p.values);
  return {
    message: problem
      ? explain(problem)
      : dropped ? fmt(t.keptPrevious, { typed: dropped.typed, reason: explain(dropped.problem), kept: display(value) }) : null,
    inputProps: { value: draft, onChange: onInput, onKeyDown, onBlur, 'aria-invalid': problem !== null },
  };
}
