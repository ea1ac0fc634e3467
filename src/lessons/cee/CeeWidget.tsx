import { CodeView } from '../../components/CodeView';
import { Formula } from '../../components/Formula';
import { PALETTE } from '../../components/palette';
import { fmt, useText } from '../../i18n/use-text';
import { setProbability, sum } from '../../lib/distribution';
const distributionSource = () => import('../../lib/distribution.ts?raw');
import { CEE_DELTA, crossEntropyError, numpyCrossEntropy, oneHot } from '../../lib/losses';
const lossesSource = () => import('../../lib/losses.ts?raw');
import { ClassPicker } from '../../components/vector/ClassPicker';
import { formatNumber, texNumber } from '../../components/format-number';
import { NotesCell } from '../../components/notes/NotesCell';
import { pythonFloat } from '../../components/python-float';
import { CLASSES, NOTES_CEE_PRINTED, NOTES_PREDICTION, NOTES_TRUE_CLASS } from '../notes-loss-example';
import { VectorBars } from '../../components/vector/VectorBars';
import { VectorEditor } from '../../components/vector/VectorEditor';
import { ceeText } from './text';

export interface CeeState {
  y: number[];
  t: number;
  delta: boolean;
}

interface CeeWidgetProps extends CeeState {
  onChange: (patch: Partial<CeeState>) => void;
}

/** Drag a predicted distribution, pick the true class, switch δ; see −log(ŷ_true + δ). */
export function CeeWidget({ y, t, delta, onChange }: CeeWidgetProps) {
  const text = useText(ceeText);
  const target = oneHot([t], CLASSES).data;
  const cee = crossEntropyError(y, target, delta ? CEE_DELTA : 0);
  const numpy = numpyCrossEntropy(y, target, delta ? CEE_DELTA : 0);
  const atNotes = crossEntropyError(NOTES_PREDICTION, oneHot([NOTES_TRUE_CLASS], CLASSES).data, CEE_DELTA);
  const expression = delta ? String.raw`-\log(\hat y_{${t}} + \delta) = -\log(${texNumber(y[t])} + 10^{-7})` : String.raw`-\log \hat y_{${t}} = -\log ${texNumber(y[t])}`;

  return (
    <div className="widget">
      <ClassPicker legend={text.trueClass} optionLabel={(k) => fmt(text.classOption, { k })} classes={CLASSES} value={t} onChange={(k) => onChange({ t: k })} />
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
          onChange={(k, value) => onChange({ y: setProbability(y, k, value) })}
          entryLabel={(k) => fmt(text.entryLabel, { k })}
          rowLabel={(k) => <>ŷ<sub>{k}</sub></>}
          headers={[text.headClass, text.headProbability, delta ? text.headTerm : text.headTermNoDelta]}
          extra={(k) => (k === t ? formatNumber(cee) : '0')}
          highlight={t}
        />
      </div>
      <p className="result-line">
        <span>{text.sumLabel} = <output className="value" aria-label={text.sumLabel}>{formatNumber(sum(y))}</output></span>
      </p>
      <div className="widget-actions">
        <label className="toggle">
          <input type="checkbox" checked={delta} onChange={(e) => onChange({ delta: e.target.checked })} />
          {text.deltaToggle}
        </label>
        <button type="button" onClick={() => onChange({ y: [...NOTES_PREDICTION], t: NOTES_TRUE_CLASS, delta: true })}>{text.notesButton}</button>
      </div>
      <div className="result-line" aria-live="polite">
        <Formula tex={expression} />
        <span>= <output className="big-value" aria-label={text.ceeLabel}>{formatNumber(cee, true)}</output></span>
      </div>
      <p className="numpy-output">
        {fmt(text.numpyLine, { delta: delta ? ' + delta' : '' })} <code data-testid="numpy-cee">{pythonFloat(numpy)}</code>
      </p>
      {Number.isNaN(numpy) && <p className="notice notice-warning">{text.numpyWarning}</p>}
      {cee === Infinity && <p className="notice notice-warning" role="status">{text.infiniteNotice}</p>}
      {delta && y[t] === 0 && <p className="notice" role="status">{text.largeNotice}</p>}
      {cee < 0 && <p className="notice" role="status">{text.negativeNotice}</p>}
      <NotesCell cell="" printed={NOTES_CEE_PRINTED} ours={pythonFloat(atNotes)} values={[atNotes]} />
      <CodeView source={lossesSource} fileName="src/lib/losses.ts" from={"/**\n * Cross-entropy error"} before={"/** One-hot rows"} numpy={() => import('./numpy').then((m) => m.cee)} />
      <CodeView source={distributionSource} fileName="src/lib/distribution.ts" numpy={() => import('./numpy').then((m) => m.distribution)} />
    </div>
  );
}
