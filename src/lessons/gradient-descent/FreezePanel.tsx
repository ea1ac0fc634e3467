import { useMemo } from 'react';
import { SURFACES, type SurfaceId } from '../../lib/descent/functions';
import { analyzeFreeze, probeStep } from '../../lib/descent/freeze';
import { fmt, useText } from '../../i18n/use-text';
import { exact } from '../../components/plot/format';
import { widgetText } from './text-widgets';

const SUBSCRIPTS = ['₀', '₁'];

interface FreezePanelProps {
  fn: SurfaceId;
  path: readonly Float64Array[];
  onTryNotesRun: () => void;
}

/** Live: the step where x_i + h rounds to x_i, (x_i + h) − x_i before and after, and the frozen gradient. */
export function FreezePanel({ fn, path, onTryNotesRun }: FreezePanelProps) {
  const t = useText(widgetText);
  const f = SURFACES[fn].f;
  const report = useMemo(() => analyzeFreeze(f, path), [f, path]);
  const lost = report.coordinates.filter((c) => c.cause === 'step-lost');

  if (report.frozenFrom === null || lost.length === 0) {
    return (
      <div className="widget">
        <p>{report.frozenFrom === null ? t.freezeNone : fmt(t.freezeDifference, { k: report.frozenFrom })}</p>
        <button type="button" onClick={onTryNotesRun}>{t.freezeTry}</button>
      </div>
    );
  }
  const first = Math.min(...report.coordinates.map((c) => c.step));
  const from = Math.max(0, first - 3);
  const to = Math.min(path.length - 1, report.frozenFrom + 1);
  const rows = Array.from({ length: to - from + 1 }, (_, i) => probeStep(f, path, from + i));
  return (
    <div className="widget" data-testid="freeze-panel">
      <ul>
        {lost.map((c) => (
          <li key={c.index}>
            {fmt(t.freezeCoordinate, { i: SUBSCRIPTS[c.index] ?? String(c.index), k: c.step, x: exact(c.x), before: c.shiftBefore === null ? '—' : exact(c.shiftBefore), at: exact(c.shiftAt) })}
          </li>
        ))}
      </ul>
      <p>{fmt(t.freezeFrom, { k: report.frozenFrom })}</p>
      <div className="gd-scroll" tabIndex={0} role="region" aria-label={t.freezeTable}>
        <table className="data">
          <caption>{t.freezeTable}</caption>
          <thead>
            <tr>
              <th scope="col">{t.stepAxis}</th><th scope="col">x₀</th><th scope="col">x₁</th>
              <th scope="col">(x₀+h)−x₀</th><th scope="col">(x₁+h)−x₁</th><th scope="col">∂f/∂x₀</th><th scope="col">∂f/∂x₁</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.step}>
                <th scope="row">{r.step}</th>
                {[...r.x, ...r.shift, ...r.grad].map((v, i) => (
                  <td key={i} className={`value${i >= 2 && i < 4 && v === 0 ? ' gd-zero' : ''}`}>{exact(v)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
