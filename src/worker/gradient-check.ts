import { centralDifference, DEFAULT_H } from '../lib/gradient';
import { addRowVector, dot, type Matrix } from '../lib/matrix';
import { batchRng, imageBatch, labelBatch } from '../lib/mnist/batch';
import { createRng } from '../lib/random';
import { TwoLayerNet } from '../lib/nets/two-layer-net';
import type { TwoLayerParams } from '../lib/nets/two-layer-params';
import type { GradientCheckResult, KinkShrink, NetParams } from '../protocol/protocol';
import type { SessionData, TrainingSession } from './training-session';
import type { RunSettings } from '../protocol/settings';

/** Parameters compared in naive mode, where every one costs two full forward passes. */
const NAIVE_SAMPLE = 200;
/** Below this size a gradient is rounding noise, so relative errors are measured against it instead. */
const ERROR_FLOOR = 1e-7;
const OUTLIER = 1e-4;
const GROUPS: (keyof NetParams)[] = ['W1', 'b1', 'W2', 'b2'];

function flat(p: TwoLayerParams, group: keyof NetParams): Float64Array {
  const value = p[group];
  return value instanceof Float64Array ? value : value.data;
}

/** The h values of the kink demo: the notes' 1e−4, then ten times smaller each time. */
export const SHRINKING_H: readonly number[] = [1e-4, 1e-5, 1e-6, 1e-7, 1e-8];

/**
 * How far this parameter may move before some hidden unit's input a1[n, j] crosses 0, where ReLU
 * has its kink: min over the batch of |a1[n, j]| / |x[n, i]| (for b1, x = 1). Infinity for W2 and b2,
 * which come after the ReLU.
 */
export function kinkDistance(group: keyof NetParams, index: number, x: Matrix, a1: Matrix): number {
  if (group === 'W2' || group === 'b2') return Infinity;
  const hidden = a1.cols;
  const j = group === 'W1' ? index % hidden : index;
  const i = group === 'W1' ? Math.floor(index / hidden) : -1;
  let nearest = Infinity;
  for (let n = 0; n < x.rows; n++) {
    const input = i < 0 ? 1 : Math.abs(x.data[n * x.cols + i]);
    if (input !== 0) nearest = Math.min(nearest, Math.abs(a1.data[n * hidden + j]) / input);
  }
  return nearest;
}

/** Whether a ±h nudge of this parameter moves some hidden unit across 0. */
function atKink(group: keyof NetParams, index: number, x: Matrix, a1: Matrix, h: number): boolean {
  return kinkDistance(group, index, x, a1) <= h;
}

/** |a − b| relative to the larger of the two (or to the floor below which gradients are rounding noise). */
export function relativeError(a: number, b: number): number {
  return Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b), ERROR_FLOOR);
}

/** The central difference of one parameter for each h, against the exact (backprop) value. */
export function shrinkH(loss: () => number, values: Float64Array, index: number, backprop: number, hs: readonly number[] = SHRINKING_H): KinkShrink['steps'] {
  return hs.map((h) => {
    const numerical = centralDifference(loss, values, index, h);
    return { h, numerical, relativeError: relativeError(numerical, backprop) };
  });
}

/**
 * Compares a numerical gradient with backpropagation on the current batch (or, before a run, the
 * run's first batch): the naive method on a sample of parameters, the incremental one on all of them.
 */
export function checkGradient(data: SessionData, settings: RunSettings, session: TrainingSession | null): Omit<GradientCheckResult, 'milliseconds'> {
  const pixels = data.train.rows * data.train.cols;
  const net = session?.lanes[0].net ?? new TwoLayerNet({ inputSize: pixels, hiddenSize: settings.hiddenSize, outputSize: 10, weightInitStd: settings.weightInitStd, seed: settings.seed });
  let batch = session?.lastBatch ?? null;
  if (!batch) {
    const indices = batchRng(settings.seed).choice(data.train.count, settings.batchSize);
    batch = { x: imageBatch(data.train.images, pixels, indices), t: labelBatch(data.train.labels, indices) };
  }
  const { x, t } = batch;
  const exact = net.gradient(x, t);
  const a1 = addRowVector(dot(x, net.params.W1), net.params.b1);
  const method = settings.method === 'naive' ? 'naive' : 'incremental';
  const numerical = method === 'incremental' ? net.numericalGradient(x, t, 'incremental') : null;
  const total = GROUPS.reduce((sum, group) => sum + flat(net.params, group).length, 0);
  const rng = createRng(settings.seed + 7);
  const errors: number[] = [];
  let outliers = 0;
  let outliersAtKink = 0;
  let worst: GradientCheckResult['worst'] | null = null;
  let worstError = -1;
  let worstKink: { group: keyof NetParams; index: number; backprop: number; error: number } | null = null;
  for (const group of GROUPS) {
    const values = flat(net.params, group);
    const share = Math.max(1, Math.round((NAIVE_SAMPLE * values.length) / total));
    const indices = numerical ? values.map((_, k) => k) : Float64Array.from({ length: Math.min(values.length, share) }, () => Math.floor(rng.uniform() * values.length));
    for (const index of indices) {
      const approx = numerical ? flat(numerical, group)[index] : centralDifference(() => net.loss(x, t), values, index);
      const analytic = flat(exact, group)[index];
      const error = relativeError(approx, analytic);
      errors.push(error);
      const kink = error > OUTLIER && atKink(group, index, x, a1, DEFAULT_H);
      if (error > OUTLIER) {
        outliers++;
        if (kink) outliersAtKink++;
        if (kink && (!worstKink || error > worstKink.error)) worstKink = { group, index, backprop: analytic, error };
      }
      if (error > worstError) {
        worstError = error;
        worst = { group, index, numerical: approx, backprop: analytic, atKink: kink || atKink(group, index, x, a1, DEFAULT_H) };
      }
    }
  }
  errors.sort((p, q) => p - q);
  let kink: KinkShrink | null = null;
  if (worstKink) {
    const { group, index, backprop } = worstKink;
    const steps = shrinkH(() => net.loss(x, t), flat(net.params, group), index, backprop);
    kink = { group, index, backprop, distance: kinkDistance(group, index, x, a1), steps };
  }
  return {
    method,
    hiddenSize: net.params.W1.cols,
    compared: errors.length,
    maxRelativeError: errors[errors.length - 1],
    medianRelativeError: errors[Math.floor(errors.length / 2)],
    outliers,
    outliersAtKink,
    worst: worst ?? { group: 'W1', index: 0, numerical: 0, backprop: 0, atKink: false },
    kink,
  };
}
