import { LEARNING_RATE_SCHEDULES, type LearningRateSchedule } from '../lib/nets/momentum';
import type { GradientMethod, SoftmaxScope } from '../lib/nets/two-layer-net';
import { MAX_SEED } from '../lib/random';

export const GRADIENT_METHODS: readonly GradientMethod[] = ['naive', 'incremental', 'backprop'];
export const SOFTMAX_SCOPES: readonly SoftmaxScope[] = ['row', 'batch'];

/** Everything that defines a training run; same settings and seed → same curves. */
export interface TrainingSettings {
  hiddenSize: number;
  batchSize: number;
  learningRate: number;
  iterations: number;
  weightInitStd: number;
  seed: number;
  method: GradientMethod;
  /** Iterations between two accuracy evaluations on the fixed subsets. */
  evalInterval: number;
  /** Random shifts, rotations, scaling, shear and stroke thickness applied to every training batch (for a model that reads drawings). */
  augmentation: boolean;
  /** μ of SGD with momentum (v ← μv − η∂L/∂θ, θ ← θ + v); 0 is the notes' plain SGD. */
  momentum: number;
  /** The learning rate stays η, or decays along a half cosine to 0 by the last iteration. */
  lrSchedule: LearningRateSchedule;
  /** A softmax per image, or the notes' softmax without an axis (the whole batch normalised together). */
  softmax: SoftmaxScope;
}

/** The notes' run: 784-50-10, batch 100, lr 0.1, 1000 iterations, std 0.01, numerical gradients. */
export const DEFAULT_SETTINGS: TrainingSettings = {
  hiddenSize: 50,
  batchSize: 100,
  learningRate: 0.1,
  iterations: 1000,
  weightInitStd: 0.01,
  seed: 42,
  method: 'incremental',
  evalInterval: 50,
  augmentation: false,
  momentum: 0,
  lrSchedule: 'constant',
  softmax: 'row',
};

export type NumericSettingKey = Exclude<keyof TrainingSettings, 'method' | 'augmentation' | 'lrSchedule' | 'softmax'>;

/** Accepted range of each number; integers where the quantity counts something. */
export const SETTING_BOUNDS: Record<NumericSettingKey, { min: number; max: number; integer: boolean }> = {
  hiddenSize: { min: 1, max: 500, integer: true },
  batchSize: { min: 1, max: 1000, integer: true },
  learningRate: { min: 1e-6, max: 100, integer: false },
  iterations: { min: 1, max: 100_000, integer: true },
  weightInitStd: { min: 1e-6, max: 10, integer: false },
  seed: { min: 0, max: MAX_SEED, integer: true },
  evalInterval: { min: 1, max: 10_000, integer: true },
  momentum: { min: 0, max: 0.99, integer: false },
};

/** A learning-rate race runs 2–4 lanes that differ only in their learning rate. */
export const MAX_LANES = 4;

export interface SettingIssue {
  key: keyof TrainingSettings;
  min?: number;
  max?: number;
}

/**
 * The settings that are out of range, not whole numbers where they must be, or of an unknown method or
 * softmax; the incremental method recomputes only the rows a weight touches, so it needs the row softmax.
 */
export function settingIssues(settings: TrainingSettings): SettingIssue[] {
  const issues: SettingIssue[] = [];
  for (const key of Object.keys(SETTING_BOUNDS) as NumericSettingKey[]) {
    const { min, max, integer } = SETTING_BOUNDS[key];
    const value = settings[key];
    const ok = typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max && (!integer || Number.isInteger(value));
    if (!ok) issues.push({ key, min, max });
  }
  if (!GRADIENT_METHODS.includes(settings.method)) issues.push({ key: 'method' });
  if (typeof settings.augmentation !== 'boolean') issues.push({ key: 'augmentation' });
  if (!LEARNING_RATE_SCHEDULES.includes(settings.lrSchedule)) issues.push({ key: 'lrSchedule' });
  if (!SOFTMAX_SCOPES.includes(settings.softmax) || (settings.softmax === 'batch' && settings.method === 'incremental')) issues.push({ key: 'softmax' });
  return issues;
}

/** Learning rates of a run: one for a plain run, 2–4 distinct valid ones for a race. */
export function learningRatesIssue(rates: readonly number[]): boolean {
  const { min, max } = SETTING_BOUNDS.learningRate;
  return rates.length < 1 || rates.length > MAX_LANES || rates.some((r) => !(Number.isFinite(r) && r >= min && r <= max));
}

/**
 * One run as the worker receives it: the lab's settings with one learning rate per lane (one for a
 * plain run, 2–4 for a race), so that a run's rates have a single source.
 */
export type RunSettings = Omit<TrainingSettings, 'learningRate'> & {
  learningRates: number[];
  /**
   * false skips the notes' evaluation of the whole training and test sets once per epoch, which a
   * drawing model shows nowhere and which costs it a fifth of its training time; absent means true.
   */
  epochEvaluations?: boolean;
  /**
   * true records each batch's loss from the gradient's own forward pass, before the update, instead of
   * a second forward pass after it (the notes' loop prints the loss after the update); absent means false.
   */
  lossBeforeUpdate?: boolean;
};

export type RunSettingKey = keyof RunSettings;

/** The run of the lab's settings: its own learning rate, or the race's rates instead. */
export function runSettings(settings: TrainingSettings, learningRates?: readonly number[]): RunSettings {
  const { learningRate, ...rest } = settings;
  return { ...rest, learningRates: [...(learningRates ?? [learningRate])] };
}

/** The keys of a run's settings that cannot be used: settingIssues for each, and the learning rates as a list. */
export function runIssues(run: RunSettings): RunSettingKey[] {
  const keys: RunSettingKey[] = [];
  for (const { key } of settingIssues({ ...run, learningRate: SETTING_BOUNDS.learningRate.min })) if (key !== 'learningRate') keys.push(key);
  if (learningRatesIssue(run.learningRates)) keys.push('learningRates');
  for (const key of ['epochEvaluations', 'lossBeforeUpdate'] as const) {
    if (run[key] !== undefined && typeof run[key] !== 'boolean') keys.push(key);
  }
  return keys;
}
