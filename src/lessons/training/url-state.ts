import { enumParam, intParam, numberListParam, numberParam, type Param } from '../../state/url-state';
import { DEFAULT_SETTINGS, GRADIENT_METHODS, MAX_LANES, SETTING_BOUNDS, type NumericSettingKey, type TrainingSettings } from '../../worker/settings';

function bounded(key: NumericSettingKey): Param<number> {
  const { min, max, integer } = SETTING_BOUNDS[key];
  return integer ? intParam(DEFAULT_SETTINGS[key], min, max) : numberParam(DEFAULT_SETTINGS[key], min, max);
}

export const DEFAULT_RACE = [0.01, 0.1, 1];

/** What a link to the training lab carries: every setting of the run, and the learning rates of the race. */
export const trainingUrlTable = {
  hidden: bounded('hiddenSize'),
  batch: bounded('batchSize'),
  lr: bounded('learningRate'),
  iters: bounded('iterations'),
  std: bounded('weightInitStd'),
  seed: bounded('seed'),
  method: enumParam(DEFAULT_SETTINGS.method, GRADIENT_METHODS),
  eval: bounded('evalInterval'),
  race: numberListParam(DEFAULT_RACE, { min: SETTING_BOUNDS.learningRate.min, max: SETTING_BOUNDS.learningRate.max, minLength: 2, maxLength: MAX_LANES }),
};

export type TrainingUrlState = { [K in keyof typeof trainingUrlTable]: (typeof trainingUrlTable)[K]['default'] };

/** URL keys of each setting, so the form can write a setting back to its key. */
export const URL_KEY: Record<keyof TrainingSettings, Exclude<keyof TrainingUrlState, 'race'>> = {
  hiddenSize: 'hidden',
  batchSize: 'batch',
  learningRate: 'lr',
  iterations: 'iters',
  weightInitStd: 'std',
  seed: 'seed',
  method: 'method',
  evalInterval: 'eval',
};

export function settingsFromUrl(state: TrainingUrlState): TrainingSettings {
  return {
    hiddenSize: state.hidden,
    batchSize: state.batch,
    learningRate: state.lr,
    iterations: state.iters,
    weightInitStd: state.std,
    seed: state.seed,
    method: state.method,
    evalInterval: state.eval,
  };
}
