import { useState, memo } from 'react';
import type { GrayImage } from '../../lib/digits/gray-image';
import { fmt, useText } from '../../i18n/use-text';
import { useDigitSet } from '../../state/digit-set';
import { digitSetText } from './text-digits';

/** The 28 × 28 input as MNIST bytes (0 = paper, 255 = ink). */
export function toBytes(image: GrayImage): Uint8Array {
  return Uint8Array.from(image.data, (v) => Math.round(Math.min(1, Math.max(0, v)) * 255));
}

interface LabelDigitProps {
  /** The network's input for the drawing on the pad; null while the pad is blank. */
  input: GrayImage | null;
}

/** "It is a 7": keeps the drawing's 28 × 28 input, labelled by the user, in their digit set. */
export const LabelDigit = memo(function LabelDigit({ input }: LabelDigitProps) {
  const t = useText(digitSetText);
  const add = useDigitSet((s) => s.add);
  const [kept, setKept] = useState<{ input: GrayImage; digit: number; saved: boolean; count: number } | null>(null);
  if (!input) return null;

  const keep = async (digit: number) => {
    const record = await add(digit, toBytes(input));
    const { unsaved, digits } = useDigitSet.getState();
    setKept({ input, digit, saved: !unsaved.includes(record.id), count: digits.length });
  };
  const shown = kept?.input === input ? kept : null;

  return (
    <section className="label-digit" aria-labelledby="label-digit-title">
      <h4 id="label-digit-title">{t.labelTitle}</h4>
      <p className="label-digit-help">{t.labelHelp}</p>
      <div className="label-digit-buttons" role="group" aria-labelledby="label-digit-title">
        {Array.from({ length: 10 }, (_, digit) => (
          <button key={digit} type="button" aria-label={fmt(t.labelAs, { digit })} onClick={() => void keep(digit)}>
            {digit}
          </button>
        ))}
      </div>
      <p role="status" className={shown && !shown.saved ? 'notice notice-warning' : 'label-digit-done'}>
        {shown && (shown.saved ? fmt(t.labelled, { digit: shown.digit, count: shown.count }) : fmt(t.labelledUnsaved, { digit: shown.digit }))}
      </p>
    </section>
  );
});
