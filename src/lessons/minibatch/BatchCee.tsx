import { useMemo } from 'react';
import { CodeView } from '../../components/CodeView';
import { Formula } from '../../components/Formula';
import { NumberField } from '../../components/NumberField';
import { fmt, useText } from '../../i18n/use-text';
import { predictions, sampleTerms, type PredictorKind } from '../../lib/mnist/batch-cee';
import { labelBatch } from '../../lib/mnist/batch';
import { crossEntropyError, oneHot } from '../../lib/losses';
const batchCeeSource = () => import('../../lib/mnist/batch-cee.ts?raw');
import { CeeRows } from './CeeRows';
import { CLASSES } from '../notes-loss-example';
import { LABEL_CEE_TEX, SYMBOL_COLOURS } from './symbols';
import { ceeText } from './text-cee';

const PREDICTORS: readonly PredictorKind[] = ['uniform', 'right', 'wrong'];

interface BatchCeeProps {
  trainLabels: Uint8Array;
  indices: Int32Array;
  predictor: PredictorKind;
  confidence: number;
  onChange: (patch: { pred?: PredictorKind; conf?: number }) => void;
}

/** The batch CEE of the drawn batch for a chosen predictor, computed with one-hot targets and with labels. */
export function BatchCee({ trainLabels, indices, predictor, confidence, onChange }: BatchCeeProps) {
  const t = useText(ceeText);
  const result = useMemo(() => {
    const labels = labelBatch(trainLabels, indices);
    const yHat = predictions(predictor, labels, confidence, CLASSES);
    const y = oneHot(labels, CLASSES);
    return { labels, yHat, y, terms: sampleTerms(y, yHat), withOneHot: crossEntropyError(yHat, y), withLabels: crossEntropyError(yHat, labels) };
  }, [trainLabels, indices, predictor, confidence]);
  const difference = Math.abs(result.withOneHot - result.withLabels);

  return (
    <div className="widget batch-cee">
      <ul className="symbol-legend">
        <li style={{ borderColor: SYMBOL_COLOURS.N }}><strong>N</strong> = <span className="value" data-testid="sym-n">{indices.length}</span> ({t.symN})</li>
        <li style={{ borderColor: SYMBOL_COLOURS.K }}><strong>K</strong> = <span className="value">{CLASSES}</span> ({t.symK})</li>
        <li style={{ borderColor: SYMBOL_COLOURS.y }}><strong>y<sub>nk</sub></strong>: {t.symY}</li>
        <li style={{ borderColor: SYMBOL_COLOURS.yHat }}><strong>ŷ<sub>nk</sub></strong>: {t.symYHat}</li>
      </ul>
      <div className="widget-row">
        <label className="select-field">
          <span>{t.predictor}</span>
          <select value={predictor} onChange={(e) => onChange({ pred: PREDICTORS.find((p) => p === e.target.value) ?? 'uniform' })}>
            {PREDICTORS.map((p) => <option key={p} value={p}>{t[p]}</option>)}
          </select>
        </label>
        {predictor !== 'uniform' && (
          <NumberField label={t.confidence} value={confidence} min={0.1} max={0.999} onChange={(v) => onChange({ conf: v })} />
        )}
      </div>
      <CeeRows y={result.y} yHat={result.yHat} labels={result.labels} terms={result.terms} />
      <dl className="cee-results">
        <div>
          <dt>{t.oneHotResult}</dt>
          <dd className="big-value" data-testid="cee-onehot">{result.withOneHot.toFixed(10)}</dd>
        </div>
        <div>
          <dt>{t.labelResult}</dt>
          <dd className="big-value" data-testid="cee-labels">{result.withLabels.toFixed(10)}</dd>
        </div>
      </dl>
      <p className="prose">{t.labelFormIntro}</p>
      <Formula tex={LABEL_CEE_TEX} display />
      <p role="status" className={difference < 1e-12 ? 'agree' : 'notice notice-warning'}>
        {difference < 1e-12 ? t.agree : fmt(t.differ, { difference: difference.toExponential(2) })}
      </p>
      <CodeView source={batchCeeSource} fileName="src/lib/mnist/batch-cee.ts" from="export type PredictorKind" to="return terms;" numpy={() => import('./numpy').then((m) => m.batchCee)} />
    </div>
  );
}
