import { useState } from 'react';
import { NumberField } from '../../components/NumberField';
import { fmt, useText } from '../../i18n/use-text';
import { useTraining } from '../../state/training';
import { canStart } from '../../state/training-status';
import { MAX_LANES, SETTING_BOUNDS, type TrainingSettings } from '../../protocol/settings';
import { training } from '../../training/training';
import { presetChanges, presetSettings, RACE_PRESETS, type RacePreset } from './race-presets';
import { health } from './text-health';
import { labels } from './text-labels';

interface RaceProps {
  settings: TrainingSettings;
  rates: number[];
  /** Changes the lab's settings and the race's rates (a preset changes both). */
  onChange: (patch: Partial<TrainingSettings> & { race?: number[] }) => void;
}

const PRESET_TEXT: Record<RacePreset, { name: 'presetRegimes' | 'presetBreak' | 'presetFailures'; say: 'presetRegimesSay' | 'presetBreakSay' | 'presetFailuresSay' }> = {
  regimes: { name: 'presetRegimes', say: 'presetRegimesSay' },
  break: { name: 'presetBreak', say: 'presetBreakSay' },
  failures: { name: 'presetFailures', say: 'presetFailuresSay' },
};

type Health = Record<keyof (typeof health)['ko'], string>;
type Labels = Record<keyof (typeof labels)['ko'], string>;

/** One changed setting as the form names it, with its new value: "Iterations 1000". */
function changeText(key: keyof TrainingSettings, value: TrainingSettings[keyof TrainingSettings], h: Health, t: Labels): string {
  if (key === 'method') return fmt(h.changeMethod, { name: t['setting.method'], value: t[`method.${value as TrainingSettings['method']}`] });
  if (key === 'augmentation' || key === 'lrSchedule' || key === 'softmax') return h[`change.${key}`];
  return fmt(h.changeValue, { name: t[`setting.${key}`], value: String(value) });
}

/** 2–4 learning rates trained side by side from the same initial weights on the same batches, and presets that start one in a click. */
export function LearningRateRace({ settings, rates, onChange }: RaceProps) {
  const t = useText(labels);
  const h = useText(health);
  const status = useTraining((s) => s.status);
  const [applied, setApplied] = useState<{ preset: RacePreset; settings: TrainingSettings; changed: (keyof TrainingSettings)[] } | null>(null);
  const { min, max } = SETTING_BOUNDS.learningRate;
  const distinct = new Set(rates).size === rates.length;
  // Like Start, a preset never replaces a run that holds the worker: that run would be lost, not kept.
  const free = canStart(status);
  const startPreset = (preset: RacePreset) => {
    const race = [...RACE_PRESETS[preset]];
    const chosen = presetSettings(settings);
    const changed = presetChanges(settings);
    onChange({ ...Object.fromEntries(changed.map((key) => [key, chosen[key]])), race });
    setApplied({ preset, settings: chosen, changed });
    void training.start(chosen, { learningRates: race });
  };
  return (
    <div className="widget race">
      <fieldset className="race-presets">
        <legend>{h.presetsLabel}</legend>
        <p className="field-hint">{h.presetsNote}</p>
        <ul>
          {(Object.keys(RACE_PRESETS) as RacePreset[]).map((preset) => (
            <li key={preset}>
              <button type="button" disabled={!free} aria-describedby={`race-preset-${preset}`} onClick={() => startPreset(preset)}>
                {h[PRESET_TEXT[preset].name]} <span className="value">({RACE_PRESETS[preset].join(' · ')})</span>
              </button>
              <p id={`race-preset-${preset}`}>{h[PRESET_TEXT[preset].say]}</p>
            </li>
          ))}
        </ul>
        {!free && <p className="notice">{h.presetsBusy}</p>}
      </fieldset>
      <div className="widget-row">
        {rates.map((rate, k) => (
          <NumberField key={k} label={fmt(t.raceRate, { n: k + 1 })} value={rate} min={min} max={max} onChange={(value) => { setApplied(null); onChange({ race: rates.map((r, i) => (i === k ? value : r)) }); }} />
        ))}
      </div>
      <div className="widget-row">
        <button type="button" disabled={rates.length >= MAX_LANES} onClick={() => onChange({ race: [...rates, rates[rates.length - 1] * 10 > max ? min : rates[rates.length - 1] * 10] })}>
          {t.raceAdd}
        </button>
        <button type="button" disabled={rates.length <= 2} onClick={() => onChange({ race: rates.slice(0, -1) })}>
          {t.raceRemove}
        </button>
        <button type="button" className="primary" disabled={!free || !distinct} onClick={() => void training.start(settings, { learningRates: rates })}>
          {t.raceStart}
        </button>
      </div>
      {applied && (
        <p className="muted" role="status">
          {fmt(h.presetStarted, { name: h[PRESET_TEXT[applied.preset].name] })}
          {applied.changed.length > 0 && <> {fmt(h.presetChanged, { changes: applied.changed.map((key) => changeText(key, applied.settings[key], h, t)).join(', ') })}</>}
        </p>
      )}
      {!distinct && <p className="field-error" role="alert">{t.raceDistinct}</p>}
    </div>
  );
}
