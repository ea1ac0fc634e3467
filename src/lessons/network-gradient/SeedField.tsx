import { useId } from 'react';
import { useNumberDraft } from '../../components/use-number-draft';
import { MAX_SEED } from '../../lib/random';

interface SeedFieldProps {
  label: string;
  /** The seed W was drawn from, or null when W did not come from a seed (the notes' W, or W edited since). */
  seed: number | null;
  /** The element that says why the field is empty, while it is. */
  hintId: string;
  onDraw: (seed: number) => void;
}

const shown = (seed: number) => (Number.isNaN(seed) ? '' : String(seed));

/** The seed of W: empty while W is not the one the seed draws, so typing any seed, the last one too, draws W from it. */
export function SeedField({ label, seed, hintId, onDraw }: SeedFieldProps) {
  const id = useId();
  const { message, inputProps } = useNumberDraft(seed ?? Number.NaN, { min: 0, max: MAX_SEED, integer: true }, onDraw, shown);
  const described = [message ? `${id}-error` : '', seed === null ? hintId : ''].filter(Boolean).join(' ');
  return (
    <div className="number-field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="text" inputMode="numeric" placeholder="—" aria-describedby={described || undefined} {...inputProps} />
      {message && <span id={`${id}-error`} className="field-error" role="alert">{message}</span>}
    </div>
  );
}
