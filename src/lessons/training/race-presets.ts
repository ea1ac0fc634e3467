import { DEFAULT_SETTINGS, type TrainingSettings } from '../../protocol/settings';

/**
 * The race's one-click presets, chosen from measurement (scripts/bench-rates.ts: the lab's own session,
 * 784-50-10, batch 100, 1000 iterations, backprop, seeds 42, 1, 2, 3). What each rate does there:
 * 0.01 creeps (73–76 %), 0.1 learns (92 %), 0.5 and 1 learn best (94–96 %, though 1 already kills
 * 17–26 of the 50 hidden units), 2–4 stall near ln 10 with 49–50 units dead (10–21 %), 10 saturates
 * at a loss near −log δ (10–21 %). None of them diverges.
 */
export const RACE_PRESETS = {
  regimes: [0.01, 0.1, 3],
  break: [0.5, 1, 2, 4],
  failures: [0.1, 3, 10],
} as const;

export type RacePreset = keyof typeof RACE_PRESETS;

/** The race a link opens without rates of its own: too small, about right, too large. */
export const DEFAULT_RACE: readonly number[] = RACE_PRESETS.regimes;

/**
 * The settings a preset trains with: everything its sentence depends on (the notes' network, batch,
 * 1000 iterations, initial spread, plain SGD, the row softmax, no augmentation) with the lab's seed and
 * single-run rate kept. Incremental numerical gradients and backpropagation give the same curves to
 * about 1e−6 and finish in a minute, so either stays; the notes' naive method would take weeks, so it
 * becomes the incremental one.
 */
export function presetSettings(settings: TrainingSettings): TrainingSettings {
  const method = settings.method === 'naive' ? DEFAULT_SETTINGS.method : settings.method;
  return { ...DEFAULT_SETTINGS, seed: settings.seed, learningRate: settings.learningRate, method };
}

/** The settings a preset changes, in the form's order. */
export function presetChanges(settings: TrainingSettings): (keyof TrainingSettings)[] {
  const preset = presetSettings(settings);
  return (Object.keys(preset) as (keyof TrainingSettings)[]).filter((key) => preset[key] !== settings[key]);
}
