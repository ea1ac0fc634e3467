import { useId } from 'react';
import { NumberField } from '../../components/NumberField';
import { useText } from '../../i18n/use-text';
import { useTraining } from '../../state/training';
import { isActive } from '../../state/training-status';
import { GRADIENT_METHODS, SETTING_BOUNDS, type NumericSettingKey, type TrainingSettings } from '../../protocol/settings';
import { labels } from './text-labels';

interface SettingsFormProps {
  settings: TrainingSettings;
  onChange: (patch: Partial<TrainingSettings>) => void;
}

const FIELDS: NumericSettingKey[] = ['hiddenSize', 'batchSize', 'learningRate', 'iterations', 'weightInitStd', 'seed', 'evalInterval', 'momentum'];
const LOG_LR_MIN = -4;
const LOG_LR_MAX = 1;

/** Every setting of a run, each validated; invalid input is explained and the last valid value kept. */
export function SettingsForm({ settings, onChange }: SettingsFormProps) {
  const t = useText(labels);
  // While a run goes on, changes apply to the next one.
  const active = useTraining((s) => isActive(s.status));
  const sliderId = useId();
  const notesSoftmax = settings.softmax === 'batch';
  const logLr = Math.min(LOG_LR_MAX, Math.max(LOG_LR_MIN, Math.log10(settings.learningRate)));
  return (
    <div className="training-settings">
      <div className="widget-row">
        {FIELDS.map((key) => {
          const { min, max, integer } = SETTING_BOUNDS[key];
          return <NumberField key={key} label={t[`setting.${key}`]} value={settings[key]} min={min} max={max} integer={integer} onChange={(value) => onChange({ [key]: value })} />;
        })}
      </div>
      <div className="lr-slider">
        <label htmlFor={sliderId}>{t.lrSlider}</label>
        <input
          id={sliderId}
          type="range"
          min={LOG_LR_MIN}
          max={LOG_LR_MAX}
          step={0.1}
          value={logLr}
          aria-valuetext={String(settings.learningRate)}
          onChange={(e) => onChange({ learningRate: Number((10 ** Number(e.target.value)).toPrecision(2)) })}
        />
        <span className="value">η = {settings.learningRate}</span>
      </div>
      <fieldset className="method-choice">
        <legend>{t.methodLegend}</legend>
        {GRADIENT_METHODS.map((method) => (
          <label key={method}>
            <input
              type="radio"
              name="gradient-method"
              value={method}
              checked={settings.method === method}
              disabled={notesSoftmax && method === 'incremental'}
              onChange={() => onChange({ method })}
            />
            {t[`method.${method}`]}
          </label>
        ))}
      </fieldset>
      <div className="widget-row">
        <label className="augmentation-choice">
          <input type="checkbox" checked={settings.lrSchedule === 'cosine'} onChange={(e) => onChange({ lrSchedule: e.target.checked ? 'cosine' : 'constant' })} />
          {t['setting.lrSchedule']}
        </label>
        <label className="augmentation-choice">
          <input type="checkbox" checked={settings.augmentation} onChange={(e) => onChange({ augmentation: e.target.checked })} />
          {t['setting.augmentation']}
        </label>
      </div>
      <p className="field-hint">{t.augmentationHint}</p>
      <label className="softmax-switch">
        <input
          type="checkbox"
          checked={notesSoftmax}
          // The incremental method recomputes only the rows a weight touches; the whole-batch softmax couples them all.
          onChange={(e) => onChange(e.target.checked ? { softmax: 'batch', ...(settings.method === 'incremental' ? { method: 'backprop' } : {}) } : { softmax: 'row' })}
        />
        {t.notesSoftmax}
      </label>
      {notesSoftmax && <p className="muted">{t.notesSoftmaxNote}</p>}
      {active && <p className="notice">{t.nextRunNote}</p>}
    </div>
  );
}
