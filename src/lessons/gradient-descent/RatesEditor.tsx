import { useState } from 'react';
import type { SurfaceId } from '../../lib/descent/functions';
import { formatNumpyArray } from '../../lib/descent/numpy-format';
import { NumberField } from '../../components/NumberField';
import { PALETTE } from '../../components/palette';
import { fmt, useText } from '../../i18n/use-text';
import { LR_RANGE, MAX_RATES } from './url-state';
import { useOvershootNote } from './OvershootNotice';
import { formatShare, isSlow, REACHED_SHARE, remainingShare } from './progress';
import { roundingFreezeStep } from './rounding-freeze';
import { widgetText } from './text-widgets';

interface RatesEditorProps {
  fn: SurfaceId;
  runs: { lr: number; path: Float64Array[] }[];
  onRates: (rates: number[]) => void;
}

/** What happened to a run, in a few words: frozen by rounding, Inf/NaN, or nothing special. */
function useRunNote(fn: SurfaceId, path: Float64Array[]): string {
  const t = useText(widgetText);
  const bad = path.findIndex((p) => !p.every(Number.isFinite));
  if (bad >= 0) return fmt(t.noteNonFinite, { k: bad });
  const frozen = roundingFreezeStep(fn, path);
  return frozen === null ? '' : fmt(t.noteFrozen, { k: frozen });
}

/** For a run with nothing else to say: "slow" when much of the way to the minimum is still ahead, or that it got there. */
function useProgressNote(fn: SurfaceId, path: Float64Array[]): string {
  const t = useText(widgetText);
  const share = remainingShare(fn, path);
  if (isSlow(share, path.length - 1)) return fmt(t.noteSlow, { share: formatShare(share) });
  return share < REACHED_SHARE ? t.noteReached : '';
}

function RateRow({ fn, lr, path, color, onRemove, canRemove }: { fn: SurfaceId; lr: number; path: Float64Array[]; color: string; onRemove: () => void; canRemove: boolean }) {
  const t = useText(widgetText);
  const run = useRunNote(fn, path);
  const overshoot = useOvershootNote(fn, path);
  const progress = useProgressNote(fn, path);
  const notes = [run, overshoot].filter(Boolean);
  if (notes.length === 0 && progress) notes.push(progress);
  return (
    <tr>
      <th scope="row" className="gd-rate"><span className="gd-swatch" style={{ background: color }} aria-hidden="true" /> <span className="value">{lr}</span></th>
      <td className="gd-outcome">
        <span className="value gd-final">{formatNumpyArray(path[path.length - 1])}</span>
        {notes.map((note) => <span key={note} className="gd-verdict">{note}</span>)}
      </td>
      <td className="gd-remove"><button type="button" onClick={onRemove} disabled={!canRemove} aria-label={fmt(t.removeRate, { lr })}>×</button></td>
    </tr>
  );
}

/** The compare set: one row per learning rate with its result and what became of it, plus a field to add another. */
export function RatesEditor({ fn, runs, onRates }: RatesEditorProps) {
  const steps = runs[0].path.length - 1;
  const t = useText(widgetText);
  const [pending, setPending] = useState(0.5);
  const [message, setMessage] = useState<string | null>(null);
  const rates = runs.map((r) => r.lr);
  const add = () => {
    if (rates.length >= MAX_RATES) return setMessage(fmt(t.tooManyRates, { n: MAX_RATES }));
    if (rates.includes(pending)) return setMessage(fmt(t.duplicateRate, { lr: pending }));
    setMessage(null);
    onRates([...rates, pending].sort((a, b) => a - b));
  };
  return (
    <div className="gd-rates">
      <table className="data gd-rates-table">
        <caption>{t.ratesCaption}</caption>
        <thead><tr><th scope="col">lr</th><th scope="col">{fmt(t.outcomeColumn, { n: steps })}</th><th scope="col"><span className="visually-hidden">{t.removeColumn}</span></th></tr></thead>
        <tbody>
          {runs.map((r, i) => (
            <RateRow key={r.lr} fn={fn} lr={r.lr} path={r.path} color={PALETTE[i % PALETTE.length]} canRemove={runs.length > 1}
              onRemove={() => { setMessage(null); onRates(rates.filter((x) => x !== r.lr)); }} />
          ))}
        </tbody>
      </table>
      <div className="widget-row">
        <NumberField label={t.addRateField} value={pending} min={LR_RANGE[0]} max={LR_RANGE[1]} onChange={setPending} />
        <button type="button" onClick={add}>{t.addRate}</button>
      </div>
      {message && <p className="field-error" role="alert">{message}</p>}
    </div>
  );
}
