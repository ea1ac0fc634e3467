import { fmt, useText } from '../../i18n/use-text';
import { runSettings, type TrainingSettings } from '../../protocol/settings';
import { useTraining } from '../../state/training';
import { isActive } from '../../state/training-status';
import { training } from '../../training/training';
import { formatValue } from './format';
import { KinkShrink } from './KinkShrink';
import { messages } from './text-messages';

/** W1[i, j] for a flat index into the row-major W1 (i: pixel, j: hidden unit), and likewise for W2. */
function parameterName(group: string, index: number, hiddenSize: number): string {
  if (group === 'W1') return `W1[${Math.floor(index / hiddenSize)}, ${index % hiddenSize}]`;
  if (group === 'W2') return `W2[${Math.floor(index / 10)}, ${index % 10}]`;
  return `${group}[${index}]`;
}

/** On demand: the chosen numerical gradient against backpropagation on the current batch. */
export function GradientCheck({ settings }: { settings: TrainingSettings }) {
  const t = useText(messages);
  const check = useTraining((s) => s.gradientCheck);
  const status = useTraining((s) => s.status);
  const current = useTraining((s) => s.run);
  // During a run the check uses the run's own network and batch, so it must use the run's settings.
  const used = isActive(status) ? current : runSettings(settings);
  const result = check.result;
  return (
    <div className="widget gradient-check">
      <div className="widget-row">
        <button type="button" disabled={check.pending} onClick={() => void training.checkGradient(used)}>
          {t.checkButton}
        </button>
        <span>{used.method === 'naive' ? t.checkNaive : t.checkIncremental}</span>
      </div>
      <div aria-live="polite">
        {check.pending && <p>{t.checkPending}</p>}
        {check.interrupted && <p className="notice notice-warning" role="status">{t.checkInterrupted}</p>}
        {result && (
          <dl className="check-figures" data-testid="gradient-check">
            <div><dt>{t.checkCompared}</dt><dd className="value">{result.compared.toLocaleString('en-US')}</dd></div>
            <div><dt>{t.checkMax}</dt><dd className="value" data-testid="check-max">{formatValue(result.maxRelativeError, 3)}</dd></div>
            <div><dt>{t.checkMedian}</dt><dd className="value">{formatValue(result.medianRelativeError, 3)}</dd></div>
            <div><dt>{t.checkOutliers}</dt><dd className="value">{fmt(t.checkOutliersValue, { outliers: result.outliers, kink: result.outliersAtKink })}</dd></div>
            <div>
              <dt>{t.checkWorst}</dt>
              <dd className="value">
                {parameterName(result.worst.group, result.worst.index, result.hiddenSize)}: {formatValue(result.worst.numerical, 6)} vs {formatValue(result.worst.backprop, 6)}
                {result.worst.atKink ? ` · ${t.checkAtKink}` : ''}
              </dd>
            </div>
            <div><dt>{t.checkTime}</dt><dd className="value">{Math.round(result.milliseconds)} ms</dd></div>
          </dl>
        )}
      </div>
      {result && <KinkShrink result={result.kink} name={result.kink ? parameterName(result.kink.group, result.kink.index, result.hiddenSize) : ''} />}
    </div>
  );
}
