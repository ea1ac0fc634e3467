import { useState } from 'react';
import { fmt, useText } from '../../i18n/use-text';
import type { KinkShrink as KinkShrinkResult } from '../../protocol/protocol';
import { formatValue } from './format';
import { kinkText } from './text-kink';

interface KinkShrinkProps {
  result: KinkShrinkResult | null;
  /** The parameter's name, e.g. W1[407, 12]. */
  name: string;
}

/** The gradient check's own threshold for a large relative error. */
const AGREES = 1e-4;

/** One flagged weight: its central difference for h = 1e−4, then for ten times smaller h at each press. */
export function KinkShrink({ result, name }: KinkShrinkProps) {
  const t = useText(kinkText);
  const [shown, setShown] = useState({ of: result, rows: 1 });
  if (!result) return <p className="gd-note">{t.none}</p>;
  // A new check starts again at the notes' h.
  const rows = shown.of === result ? shown.rows : 1;
  const steps = result.steps.slice(0, rows);
  const last = steps[steps.length - 1];
  const straddles = (h: number) => h > result.distance;
  const verdict = straddles(last.h) ? t.verdictBiased : last.relativeError <= AGREES ? t.verdictAgrees : t.verdictRounding;
  return (
    <div className="kink-demo" data-testid="kink-demo">
      <h3>{fmt(t.title, { name })}</h3>
      <p>{fmt(t.distance, { distance: formatValue(result.distance, 3) })}</p>
      <div className="gd-scroll" tabIndex={0} role="region" aria-label={fmt(t.caption, { name })}>
        <table className="data">
          <caption>{fmt(t.caption, { name })}</caption>
          <thead>
            <tr><th scope="col">{t.colH}</th><th scope="col">{t.colNumerical}</th><th scope="col">{t.colBackprop}</th><th scope="col">{t.colError}</th><th scope="col">{t.colStraddles}</th></tr>
          </thead>
          <tbody>
            {steps.map((step) => (
              <tr key={step.h}>
                <th scope="row">{step.h.toExponential(0)}</th>
                <td className="value">{formatValue(step.numerical, 6)}</td>
                <td className="value">{formatValue(result.backprop, 6)}</td>
                <td className="value">{formatValue(step.relativeError, 2)}</td>
                <td>{straddles(step.h) ? t.yes : t.no}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p role="status">{fmt(verdict, { h: last.h.toExponential(0) })}</p>
      <button type="button" disabled={rows >= result.steps.length} onClick={() => setShown({ of: result, rows: rows + 1 })}>{t.shrink}</button>
    </div>
  );
}
