import { useState } from 'react';
import { NumberField } from '../../components/NumberField';
import { fmt, useText } from '../../i18n/use-text';
import { useTraining } from '../../state/training';
import { canStart } from '../../state/training-status';
import { MAX_LANES, SETTING_BOUNDS, type TrainingSettings } from '../../protocol/settings';
import { training } from '../../training/training';
import { RACE_PRESETS, type RacePreset } from './race-presets';
import { health } from './text-health';
import { labels } from './text-labels';

interface RaceProps {
  settings: TrainingSettings;
  rates: number[];
  onChange: (rates: number[]) => void;
}

const PRESET_TEXT: Record<RacePreset, { name: 'presetRegimes' | 'presetBreak' | 'presetFailures'; say: 'presetRegimesSay' | 'presetBreakSay' | 'presetFailuresSay' }> = {
  regimes: { name: 'presetRegimes', say: 'presetRegimesSay' },
  break: { name: 'presetBreak', say: 'presetBreakSay' },
  failures: { name: 'presetFailures', say: 'presetFailuresSay' },
};

/** 2–4 learning rates trained side by side from the same initial weights on the same batches, and presets that start one in a click. */
export function LearningRateRace({ settings, rates, onChange }: RaceProps) {
  const t = useText(labels);
  const h = useText(health);
  const status = useTraining((s) => s.status);
  const [applied, setApplied] = useState<RacePreset | null>(null);
  const { min, max } = SETTING_BOUNDS.learningRate;
  const distinct = new Set(rates).size === rates.length;
  const startPreset = (preset: RacePreset) => {
    const chosen = [...RACE_PRESETS[preset]];
    onChange(chosen);
    setApplied(preset);
    void training.start(settings, { learningRates: chosen });
  };
  return (
    <div className="widget race">
      <fieldset className="race-presets">
        <legend>{h.presetsLabel}</legend>
        <ul>
          {(Object.keys(RACE_PRESETS) as RacePreset[]).map((preset) => (
            <li key={preset}>
              <button type="button" aria-describedby={`race-preset-${preset}`} onClick={() => startPreset(preset)}>
                {h[PRESET_TEXT[preset].name]} <span className="value">({RACE_PRESETS[preset].join(' · ')})</span>
              </button>
              <p id={`race-preset-${preset}`}>{h[PRESET_TEXT[preset].say]}</p>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="widget-row">
        {rates.map((rate, k) => (
          <NumberField key={k} label={fmt(t.raceRate, { n: k + 1 })} value={rate} min={min} max={max} onChange={(value) => { setApplied(null); onChange(rates.map((r, i) => (i === k ? value : r))); }} />
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
      {applied && <p className="muted" role="status">{fmt(h.presetStarted, { name: h[PRESET_TEXT[applied].name] })}</p>}
      {!distinct && <p className="field-error" role="alert">{t.raceDistinct}</p>}
    </div>
  );
}
