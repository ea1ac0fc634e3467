import { memo } from 'react';
import { ModelHistory } from '../../components/models/ModelHistory';
import { ModelNotice } from '../../components/models/ModelNotice';
import { useLanguage, localeOf } from '../../i18n/language';
import { fmt, useText } from '../../i18n/use-text';
import { modelShape, type TrainedModel } from '../../state/trained-model';
import { DrawingTraining } from './DrawingTraining';
import { percent } from './format';
import { drawModelText } from './text-model';

const METHODS = ['naive', 'incremental', 'backprop'] as const;

/** Whether a network reads 28 × 28 images into 10 classes, as the pad needs. */
export function fitsDigits(model: Pick<TrainedModel, 'inputSize' | 'outputSize'>): boolean {
  return model.inputSize === 28 * 28 && model.outputSize === 10;
}

/**
 * Names the network in use — method, iterations, augmentation, and its accuracy on MNIST's test set
 * beside that on the augmented test set — and trains a drawing model in the worker.
 */
// Memoised: the pad re-renders its parent on every animation frame while drawing.
export const ModelPanel = memo(function ModelPanel({ model }: { model: TrainedModel | null }) {
  const t = useText(drawModelText);
  const lang = useLanguage((s) => s.lang);
  const count = (n: number) => n.toLocaleString(localeOf(lang));
  const method = (name: string) => ((METHODS as readonly string[]).includes(name) ? t[`method.${name as (typeof METHODS)[number]}`] : name);
  const accuracy = (value: number | null) => (value === null ? t.accuracyUnknown : percent(value, lang));
  const usable = model !== null && fitsDigits(model);

  return (
    <section className="model-panel" aria-labelledby="draw-model-title">
      <h3 id="draw-model-title">{t.modelTitle}</h3>
      {model && usable && (
        <>
          <p data-testid="model-summary">
            {fmt(t.modelSummary, {
              shape: modelShape(model),
              method: method(model.method),
              iterations: count(model.iterations),
              augmentation: model.augmentation ? t.augmentationOn : t.augmentationOff,
            })}
          </p>
          <dl className="model-accuracies">
            <div><dt>{t.mnistAccuracy}</dt><dd data-testid="model-mnist-accuracy">{accuracy(model.testAccuracy)}</dd></div>
            <div><dt>{t.augmentedAccuracy}</dt><dd data-testid="model-augmented-accuracy">{accuracy(model.augmentedAccuracy)}</dd></div>
          </dl>
          <p className="model-hint">{t.augmentedHint}</p>
          <p className="model-date">{fmt(t.modelTrainedAt, { date: new Date(model.createdAt).toLocaleString(localeOf(lang)) })}</p>
        </>
      )}
      {model && !usable && <p className="notice notice-warning">{fmt(t.modelWrongShape, { input: model.inputSize, output: model.outputSize })}</p>}
      {!usable && <p>{t.noModelBody}</p>}
      <ModelNotice sources={['drawing']} />
      <DrawingTraining hasModel={usable} />
      <p><a href="#/training">{t.trainingLink}</a></p>
      <details className="model-history-drawer">
        <summary>{t.allModels}</summary>
        <ModelHistory />
      </details>
    </section>
  );
});
