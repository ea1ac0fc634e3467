import { fmt, useText } from '../../i18n/use-text';
import type { Matrix } from '../../lib/matrix';
import { SYMBOL_COLOURS } from './symbols';
import { ceeText } from './text-cee';

const ROWS_SHOWN = 4;

interface CeeRowsProps {
  y: Matrix;
  yHat: Matrix;
  labels: Int32Array;
  terms: Float64Array;
}

/** The first examples of the batch: y_nk and ŷ_nk for k = 0…K−1, and each example's term of the sum. */
export function CeeRows({ y, yHat, labels, terms }: CeeRowsProps) {
  const t = useText(ceeText);
  const shown = Math.min(ROWS_SHOWN, y.rows);
  const ks = Array.from({ length: y.cols }, (_, k) => k);
  return (
    <div className="cee-rows">
      <table className="data">
        <caption>{fmt(t.rowsCaption, { shown, n: y.rows })}</caption>
        <thead>
          <tr>
            <th scope="col">{t.colSample}</th>
            <th scope="col">{t.colLabel}</th>
            <th scope="col"><span className="visually-hidden">{t.colSymbol}</span></th>
            {ks.map((k) => <th key={k} scope="col">k={k}</th>)}
            <th scope="col">{t.colTerm}</th>
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: shown }, (_, n) => [
            <tr key={`y${n}`} className="row-y">
              <th scope="row" rowSpan={2}>{n + 1}</th>
              <td rowSpan={2}>{labels[n]}</td>
              <th scope="row" style={{ color: SYMBOL_COLOURS.y }}>y</th>
              {ks.map((k) => <td key={k} className={k === labels[n] ? 'hot' : undefined}>{y.data[n * y.cols + k]}</td>)}
              <td rowSpan={2} className="value">{terms[n].toFixed(4)}</td>
            </tr>,
            <tr key={`p${n}`} className="row-yhat">
              <th scope="row" style={{ color: SYMBOL_COLOURS.yHat }}>ŷ</th>
              {ks.map((k) => <td key={k} className={k === labels[n] ? 'hot' : undefined}>{yHat.data[n * yHat.cols + k].toFixed(3)}</td>)}
            </tr>,
          ])}
        </tbody>
      </table>
    </div>
  );
}
