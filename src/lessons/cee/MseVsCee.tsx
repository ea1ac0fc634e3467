import { fmt, useText } from '../../i18n/use-text';
import { CEE_DELTA, crossEntropyError, meanSquaredError, oneHot } from '../../lib/losses';
import { formatNumber } from '../../components/format-number';
import { CLASSES } from '../notes-loss-example';
import { SCENARIO_IDS, scenarioPrediction } from './scenarios';
import { ceeText } from './text';

interface MseVsCeeProps {
  y: readonly number[];
  t: number;
  delta: boolean;
  onLoad: (y: number[]) => void;
}

/** The current prediction and four typical ones, each scored by MSE and by CEE. */
export function MseVsCee({ y, t, delta, onLoad }: MseVsCeeProps) {
  const text = useText(ceeText);
  const target = oneHot([t], CLASSES).data;
  const d = delta ? CEE_DELTA : 0;
  const rows = [
    { id: 'current', name: text.current, y: [...y] },
    ...SCENARIO_IDS.map((id) => ({ id, name: text[id], y: scenarioPrediction(id, t) })),
  ];
  return (
    <div className="widget">
      <table className="data compare-table">
        <caption>{fmt(text.compareCaption, { t, w: (t + 1) % CLASSES })}</caption>
        <thead>
          <tr>
            <th scope="col">{text.colPrediction}</th>
            <th scope="col">{text.colTrue}</th>
            <th scope="col">MSE</th>
            <th scope="col">CEE</th>
            <th scope="col">{text.colLoad}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className={row.id === 'current' ? 'current-row' : undefined}>
              <th scope="row">{row.name}</th>
              <td>{formatNumber(row.y[t])}</td>
              <td>{formatNumber(meanSquaredError(row.y, target))}</td>
              <td>{formatNumber(crossEntropyError(row.y, target, d))}</td>
              <td>
                {row.id !== 'current' && (
                  <button type="button" aria-label={fmt(text.load, { name: row.name })} onClick={() => onLoad(row.y)}>↺</button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
