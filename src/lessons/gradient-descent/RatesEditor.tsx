import { useState } from 'react';
import { SURFACES, type SurfaceId } from '../../lib/descent/functions';
import { analyzeFreeze } from '../../lib/descent/freeze';
import { formatNumpyArray } from '../../lib/descent/numpy-format';
import { NumberField } from '../../components/NumberField';
import { PALETTE } from '../../components/palette';
import { fmt, useText } from '../../i18n/use-text';
import { LR_RANGE, MAX_RATES } from './url-state';
import { useOvershootNote } from './OvershootNotice';
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
  const freeze = analyzeFreeze(SURFACES[fn].f, path);
  if (freeze.coordinates.some((c) => c.cause === 'step-lost')) return fmt(t.noteFrozen, { k: freeze.frozenFrom ?? 0 });
  return '';
}

function RateRow({ fn, lr, path, color, onRemove, canRemove }: { fn: SurfaceId; lr: number; path: Float64Array[]; color: string; onRemove: () => void; canRemove: boolean }) {
  const t = useText(widgetText);
  const note = [useRunNote(fn, path), useOvershootNote(fn, path)].filter(Boolean).join('; ');
  return (
    <tr>
      <td className="gd-nowrap"><span className="gd-swatch" style={{ background: color }} aria-hidden="true" /> <span className="value">{lr}</span></td>
      <td className="value gd-left">{formatNumpyArray(path[path.length - 1])}</td>
      <td className="gd-left">{note}</td>
      <td><button type="button" onClick={onRemove} disabled={!canRemove} aria-label={fmt(t.removeRate, { lr })}>×</button></td>
    </tr>
  );
}

/** The compare set: one row per learning rate with its result, plus a field to add another. */
export function RatesEditor({ fn, runs, onRates }: RatesEditorProps) {
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
      <div className="gd-scroll" tabIndex={0} role="region" aria-label={t.ratesCaption}>
        <table className="data">
          <caption>{t.ratesCaption}</caption>
          <thead><tr><th scope="col">lr</th><th scope="col">{t.resultName}</th><th scope="col">{t.noteColumn}</th><th scope="col"><span className="visually-hidden">{t.removeColumn}</span></th></tr></thead>
          <tbody>
            {runs.map((r, i) => (
              <RateRow key={r.lr} fn={fn} lr={r.lr} path={r.path} color={PALETTE[i % PALETTE.length]} canRemove={runs.length > 1}
                onRemove={() => { setMessage(null); onRates(rates.filter((x) => x !== r.lr)); }} />
            ))}
          </tbody>
        </table>
      </div>
      <div className="widget-row">
        <NumberField label={t.addRateField} value={pending} min={LR_RANGE[0]} max={LR_RANGE[1]} onChange={setPending} />
        <button type="button" onClick={add}>{t.addRate}</button>
      </div>
      {message && <p className="field-error" role="alert">{message}</p>}
    </div>
  );
}
