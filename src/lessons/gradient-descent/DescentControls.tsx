import { useId } from 'react';
import { SURFACE_IDS } from '../../lib/descent/functions';
import { exponentOf, valueFromExponent } from '../../lib/descent/log-scale';
import { NumberField } from '../../components/NumberField';
import { useText } from '../../i18n/use-text';
import { LogSlider } from '../../components/plot/LogSlider';
import { isPresetActive, PRESETS } from './presets';
import { LR_RANGE, START_RANGE, STEPS_RANGE, type GradientDescentState } from './url-state';
import { widgetText } from './text-widgets';

interface DescentControlsProps {
  state: GradientDescentState;
  update: (patch: Partial<GradientDescentState>) => void;
}

const LR_EXPONENTS = [-12, 2] as const;

/** Surface, presets, learning rate, steps and start point of the playground. */
export function DescentControls({ state, update }: DescentControlsProps) {
  const t = useText(widgetText);
  const stepsId = useId();
  const activePreset = PRESETS.find((p) => isPresetActive(p, state));
  return (
    <div className="gd-controls">
      <div className="gd-presets" role="group" aria-label={t.presets}>
        {PRESETS.map((p) => (
          <button key={p.id} type="button" aria-pressed={activePreset?.id === p.id} onClick={() => update(p.patch)}>
            {t[`preset.${p.id}`]}
          </button>
        ))}
      </div>
      <div className="widget-row">
        <label className="gd-field">
          {t.surfaceLabel}
          <select value={state.fn} onChange={(e) => { const fn = SURFACE_IDS.find((id) => id === e.target.value); if (fn) update({ fn }); }}>
            {SURFACE_IDS.map((id) => <option key={id} value={id}>{t[`surface.${id}`]}</option>)}
          </select>
        </label>
        <NumberField label={t.startX0} value={state.x0} min={START_RANGE[0]} max={START_RANGE[1]} onChange={(x0) => update({ x0 })} />
        <NumberField label={t.startX1} value={state.x1} min={START_RANGE[0]} max={START_RANGE[1]} onChange={(x1) => update({ x1 })} />
      </div>
      {!state.cmp && (
        <div className="widget-row">
          <LogSlider
            label={t.lrSlider}
            position={exponentOf(state.lr)}
            min={LR_EXPONENTS[0]}
            max={LR_EXPONENTS[1]}
            step={0.1}
            onChange={(e) => update({ lr: valueFromExponent(e) })}
            valueText={`lr = ${state.lr}`}
          />
          <NumberField label={t.lrExact} value={state.lr} min={LR_RANGE[0]} max={LR_RANGE[1]} onChange={(lr) => update({ lr })} />
        </div>
      )}
      <div className="widget-row">
        <div className="gd-slider">
          <label htmlFor={stepsId}>{t.stepsSlider}</label>
          <input id={stepsId} type="range" min={STEPS_RANGE[0]} max={STEPS_RANGE[1]} step={1} value={state.steps}
            onChange={(e) => update({ steps: Number(e.target.value) })} />
        </div>
        <NumberField label={t.stepsExact} value={state.steps} min={STEPS_RANGE[0]} max={STEPS_RANGE[1]} integer onChange={(steps) => update({ steps })} />
      </div>
    </div>
  );
}
