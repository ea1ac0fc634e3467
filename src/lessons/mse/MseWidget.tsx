import { CodeView } from '../../components/CodeView';
import { PALETTE } from '../../components/palette';
import { fmt, useText } from '../../i18n/use-text';
import { sum } from '../../lib/distribution';
import { meanSquaredError, oneHot, pairwiseSum } from '../../lib/losses';
const lossesSource = () => import('../../lib/losses.ts?raw');
import { ClassPicker } from '../../components/vector/ClassPicker';
import { formatNumber } from '../../components/format-number';
import { NotesCell } from '../../components/notes/NotesCell';
import { pythonFloat } from '../../components/python-float';
import { CLASSES, NOTES_MSE_PRINTED, NOTES_PREDICTION, NOTES_TRUE_CLASS } from '../notes-loss-example';
import { mseText } from './text';
import { VectorBars } from '../../components/vector/VectorBars';
import { VectorEditor } from '../../components/vector/VectorEditor';

export interface MseState {
  y: number[];
  t: number;
  full: boolean;
}

interface MseWidgetProps extends MseState {
  onChange: (patch: Partial<MseState>) => void;
}

/** Edit ŷ and the true class; see each (ŷₖ − tₖ)², their sum and the mean. */
export function MseWidget({ y, t, full, onChange }: MseWidgetProps) {
  const text = useText(mseText);
  const target = oneHot([t], CLASSES).data;
  const squared = Float64Array.from(y, (v, k) => (v - target[k]) ** 2);
  const mse = meanSquaredError(y, target);

  // With ŷ a distribution and y one-hot, MSE cannot pass 2/K; the widget lets ŷ leave the simplex, so say when that is why it does.
  const overBound = mse > 2 / CLASSES + 1e-12;
  const total = sum(y);
  const atNotes = meanSquaredError(NOTES_PREDICTION, oneHot([NOTES_TRUE_CLASS], CLASSES).data);

  const setEntry = (k: number, value: number) => onChange({ y: y.map((v, j) => (j === k ? value : v)) });

  return (
    <div className="widget">
      <ClassPicker
        legend={text.trueClass}
        optionLabel={(k) => fmt(text.classOption, { k })}
        classes={CLASSES}
        value={t}
        onChange={(k) => onChange({ t: k })}
      />
      <div className="vector-layout">
      <VectorBars
        values={y.map((v, k) => [v, target[k]])}
        series={[
          { index: 0, name: text.seriesPrediction, color: PALETTE[0] },
          { index: 1, name: text.seriesTarget, color: PALETTE[1] },
        ]}
        description={fmt(text.barsDescription, { t })}
        xLabel={text.classAxis}
        title={text.barsTitle}
        yLabel={text.barsY}
      />
      <VectorEditor
        values={y}
        onChange={setEntry}
        entryLabel={(k) => fmt(text.entryLabel, { k })}
        rowLabel={(k) => <>ŷ<sub>{k}</sub></>}
        headers={[text.headClass, text.headPrediction, text.headSquared]}
        extra={(k) => formatNumber(squared[k], full)}
        highlight={t}
      />
      </div>
      <div className="result-line" aria-live="polite">
        <span>{text.sumLabel} = <output className="value" aria-label={text.sumLabel}>{formatNumber(pairwiseSum(squared), full)}</output></span>
        <span>{text.meanLabel} = <output className="big-value" aria-label="MSE">{formatNumber(mse, full)}</output></span>
      </div>
      <p className="result-line">
        <span>{text.predictionSum} = <output className="value" aria-label={text.predictionSum}>{formatNumber(total)}</output></span>
      </p>
      {overBound && <p className="notice" role="status">{fmt(text.overBound, { sum: formatNumber(total) })}</p>}
      <div className="widget-actions">
        <button type="button" onClick={() => onChange({ y: [...NOTES_PREDICTION], t: NOTES_TRUE_CLASS })}>{text.notesButton}</button>
        <label className="toggle">
          <input type="checkbox" checked={full} onChange={(e) => onChange({ full: e.target.checked })} />
          {text.fullPrecision}
        </label>
      </div>
      <NotesCell cell="" printed={NOTES_MSE_PRINTED} ours={pythonFloat(atNotes)} values={[atNotes]} />
      <CodeView source={lossesSource} fileName="src/lib/losses.ts" from="/** MSE(y, t)" before={"/**\n * Cross-entropy error"} numpy={() => import('./numpy').then((m) => m.mse)} />
    </div>
  );
}
