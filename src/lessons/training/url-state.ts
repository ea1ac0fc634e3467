import { DEFAULT_RACE } from './race-presets';
import { boolParam, enumParam, intParam, linkedAs, numberListParam, numberParam, type Param } from '../../state/url-state';
import { LEARNING_RATE_SCHEDULES } from '../../lib/nets/momentum';
import { DEFAULT_SETTINGS, GRADIENT_METHODS, MAX_LANES, SETTING_BOUNDS, SOFTMAX_SCOPES, type NumericSettingKey, type TrainingSettings } from '../../protocol/settings';

function bounded(key: NumericSettingKey, linkKey: string): Param<number> {
  const { min, max, integer } = SETTING_BOUNDS[key];
  return linkedAs(linkKey, integer ? intParam(DEFAULT_SETTINGS[key], min, max) : numberParam(DEFAULT_SETTINGS[key], min, max));
}

/** A race compares different rates: a link whose rates repeat one ("1,1") is refused like any other bad value. */
function distinctRates(param: Param<number[]>): Param<number[]> {
  return { ...param, parse: (raw) => { const rates = param.parse(raw); return rates && new Set(rates).size === rates.length ? rates : undefined; } };
}

/**
 * What a link to the training lab carries: every setting of the run, keyed by the settings' own
 * names (with a short name in the link), and the learning rates of the race.
 */
export const trainingUrlTable = {
  hiddenSize: bounded('hiddenSize', 'hidden'),
  batchSize: bounded('batchSize', 'batch'),
  learningRate: bounded('learningRate', 'lr'),
  iterations: bounded('iterations', 'iters'),
  weightInitStd: bounded('weightInitStd', 'std'),
  seed: bounded('seed', 'seed'),
  method: enumParam(DEFAULT_SETTINGS.method, GRADIENT_METHODS),
  evalInterval: bounded('evalInterval', 'eval'),
  augmentation: linkedAs('aug', boolParam(DEFAULT_SETTINGS.augmentation)),
  momentum: bounded('momentum', 'mom'),
  lrSchedule: linkedAs('schedule', enumParam(DEFAULT_SETTINGS.lrSchedule, LEARNING_RATE_SCHEDULES)),
  softmax: enumParam(DEFAULT_SETTINGS.softmax, SOFTMAX_SCOPES),
  race: distinctRates(numberListParam(DEFAULT_RACE, { min: SETTING_BOUNDS.learningRate.min, max: SETTING_BOUNDS.learningRate.max, minLength: 2, maxLength: MAX_LANES })),
} satisfies Record<keyof TrainingSettings | 'race', Param<unknown>>;

export type TrainingUrlState = { [K in keyof typeof trainingUrlTable]: (typeof trainingUrlTable)[K]['default'] };

/** The run settings a link describes (everything but the race). */
export function settingsFromUrl({ race, ...settings }: TrainingUrlState): TrainingSettings {
  return settings;
}

/** The form's name of each setting, by its name in a link: what a warning about a bad link lists. */
export function linkFieldNames(t: Record<`setting.${keyof TrainingSettings | 'learningRates'}`, string>): Record<string, string> {
  return Object.fromEntries(
    (Object.keys(trainingUrlTable) as (keyof typeof trainingUrlTable)[]).map((key) => [trainingUrlTable[key].key ?? key, t[`setting.${key === 'race' ? 'learningRates' : key}`]]),
  );
}
