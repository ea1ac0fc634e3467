import { NumberField } from '../../components/NumberField';
import { fmt, useText } from '../../i18n/use-text';
import { useTraining } from '../../state/training';
import { canStart } from '../../state/training-status';
import { MAX_LANES, SETTING_BOUNDS, type TrainingSettings } from '../../protocol/settings';
import { training } from '../../training/training';
import { labels } from './text-labels';

interface RaceProps {
  settings: TrainingSettings;
  rates: number[];
  onChange: (rates: number[]) => void;
}

/** 2–4 learning rates trained side by side from the same initial weights on the same batches. */
export function LearningRateRace({ settings, rates, onChange }: RaceProps) {
  const t = useText(labels);
  const status = useTraining((s) => s.status);
  const { min, max } = SETTING_BOUNDS.learningRate;
  const distinct = new Set(rates).size === rates.length;
  return (
    <div className="widget race">
      <div className="widget-row">
        {rates.map((rate, k) => (
          <NumberField key={k} label={fmt(t.raceRate, { n: k + 1 })} value={rate} min={min} max={max} onChange={(value) => onChange(rates.map((r, i) => (i === k ? value : r)))} />
        ))}
      </div>
      <div className="widget-row">
        <button type="button" disabled={rates.length >= MAX_LANES} onClick={() => onChange([...rates, rates[rates.length - 1] * 10 > max ? min : rates[rates.length - 1] * 10])}>
          {t.raceAdd}
        </button>
        <button type="button" disabled={rates.length <= 2} onClick={() => onChange(rates.slice(0, -1))}>
          {t.raceRemove}
        </button>
        <button type="button" className="primary" disabled={!canStart(status) || !distinct} onClick={() => void training.start(settings, { learningRates: rates })}>
          {t.raceStart}
        </button>
      </div>
      {!distinct && <p className="field-error" role="alert">{t.raceDistinct}</p>}
    </div>
  );
}
