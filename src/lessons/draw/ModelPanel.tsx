import { memo } from 'react';
import { useLanguage, localeOf } from '../../i18n/language';
import { fmt, useText } from '../../i18n/use-text';
import { useTraining } from '../../state/training';
import { isActive } from '../../state/training-status';
import type { TrainedModel } from '../../state/trained-model';
import { training } from '../../training/training';
import type { TrainingSettings } from '../../protocol/settings';
import { percent } from './format';
import { drawWidgetText } from './text-widgets';

/** A quick run: the notes' network and step size, analytic gradients, enough iterations for about 93 %. */
export const QUICK_TRAINING: Partial<TrainingSettings> = {
  method: 'backprop',
  hiddenSize: 50,
  batchSize: 100,
  learningRate: 0.1,
  iterations: 2000,
  evalInterval: 500,
};

const METHODS = ['naive', 'incremental', 'backprop'] as const;

/** Whether a stored network reads 28 × 28 images into 10 classes, as the pad needs. */
export function fitsDigits(model: TrainedModel): boolean {
  return model.inputSize === 28 * 28 && model.outputSize === 10;
}

/** Names the network in use (method, iterations, test accuracy) and offers a quick backprop run in the worker. */
// Memoised: the pad re-renders its parent on every animation frame while drawing.
export const ModelPanel = memo(function ModelPanel({ model }: { model: TrainedModel | null }) {
  const t = useText(drawWidgetText);
  const lang = useLanguage((s) => s.lang);
  const status = useTraining((s) => s.status);
  const iteration = useTraining((s) => s.iteration);
  const total = useTraining((s) => s.run.iterations);
  const phase = useTraining((s) => s.phase);
  const error = useTraining((s) => s.error);
  const busy = isActive(status);
  const iterations = QUICK_TRAINING.iterations ?? 0;
  const count = (n: number) => n.toLocaleString(localeOf(lang));
  const method = (name: string) => ((METHODS as readonly string[]).includes(name) ? t[`method.${name as (typeof METHODS)[number]}`] : name);

  return (
    <section className="model-panel" aria-labelledby="draw-model-title">
      <h3 id="draw-model-title">{t.modelTitle}</h3>
      {model && fitsDigits(model) && (
        <>
          <p data-testid="model-summary">
            {fmt(t.modelSummary, {
              input: model.inputSize,
              hidden: model.hiddenSize,
              output: model.outputSize,
              method: method(model.method),
              iterations: count(model.iterations),
              accuracy: model.testAccuracy === null ? t.accuracyUnknown : percent(model.testAccuracy, lang),
            })}
          </p>
          <p className="model-date">{fmt(t.modelTrainedAt, { date: new Date(model.createdAt).toLocaleString(localeOf(lang)) })}</p>
        </>
      )}
      {model && !fitsDigits(model) && <p className="notice notice-warning">{fmt(t.modelWrongShape, { input: model.inputSize, output: model.outputSize })}</p>}
      {(!model || !fitsDigits(model)) && <p>{fmt(t.noModelBody, { iterations: count(iterations) })}</p>}
      <div className="widget-row">
        <button type="button" className={model ? undefined : 'primary'} disabled={busy} onClick={() => void training.start(QUICK_TRAINING)}>
          {fmt(model ? t.retrainQuickly : t.trainQuickly, { iterations: count(iterations) })}
        </button>
        <a href="#/training">{t.trainingLink}</a>
      </div>
      {busy && (
        <div className="model-training" role="status">
          <progress max={total} value={Math.min(total, iteration)} aria-label={t.trainingProgress} />
          <span>
            {status === 'loading-data'
              ? t.trainingLoading
              : fmt(t.trainingStatus, { iteration: count(iteration), total: count(total) })}
            {phase === 'evaluating' && status !== 'loading-data' ? ` · ${t.trainingEvaluating}` : ''}
          </span>
        </div>
      )}
      {status === 'diverged' && <p className="notice notice-warning">{t.trainingDiverged}</p>}
      {status === 'error' && error && <p className="notice notice-error" role="alert">{fmt(t.trainingFailed, { detail: error.detail || error.code })}</p>}
    </section>
  );
});
