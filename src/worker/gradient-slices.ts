import type { Matrix } from '../lib/matrix';
import type { GradientMethod, TwoLayerNet } from '../lib/nets/two-layer-net';
import { incrementalNumericalGradient, splitShares } from '../lib/nets/incremental-gradient';
import { naiveNumericalGradientRange } from '../lib/nets/naive-gradient';
import { paramSizes, parameterCount, sumParams, zerosLike, type TwoLayerParams } from '../lib/nets/two-layer-params';
import type { GradientHelpers } from './helper-link';

/** What a gradient computation yields: its progress (0–1), or a promise to wait for before going on. */
export type GradientStep = number | Promise<unknown>;

/**
 * Parameters per slice of the naive method: each costs two full forward passes of the batch, so a
 * slice of this size takes a few tens of milliseconds and the run can stop or pause in between.
 */
const NAIVE_SLICE = 8;

/**
 * The notes' numerical gradient, a few parameters at a time: each parameter is nudged by ±h in place
 * and the whole batch loss recomputed. Yields the fraction of parameters done after every slice.
 */
export function* naiveGradient(net: TwoLayerNet, x: Matrix, t: Int32Array): Generator<number, TwoLayerParams> {
  const grads = zerosLike(net.params);
  const total = parameterCount(paramSizes(net.params));
  const loss = () => net.loss(x, t);
  for (let start = 0; start < total; start += NAIVE_SLICE) {
    const end = Math.min(total, start + NAIVE_SLICE);
    naiveNumericalGradientRange(net.params, loss, start, end, grads);
    yield end / total;
  }
  return grads;
}

/**
 * The incremental numerical gradient split by hidden units: the helpers compute their shares while
 * this worker computes the first one; the sum of the shares is the whole gradient.
 */
export function* splitIncrementalGradient(net: TwoLayerNet, x: Matrix, t: Int32Array, helpers: GradientHelpers): Generator<GradientStep, TwoLayerParams> {
  const shares = splitShares(net.params.W1.cols, helpers.count + 1);
  let remote: TwoLayerParams[] | null = null;
  let failure: unknown = null;
  const pending = Promise.all(shares.slice(1).map((share, k) => helpers.compute(k, net.params, x, t, share))).then(
    (grads) => { remote = grads; },
    (error: unknown) => { failure = error; },
  );
  const local = incrementalNumericalGradient(net.params, x, t, shares[0]);
  if (remote === null && failure === null) yield pending;
  if (failure !== null || remote === null) throw failure instanceof Error ? failure : new Error('a gradient helper did not answer');
  return sumParams([local, ...(remote as TwoLayerParams[])]);
}

/** ∂L/∂params of the batch by the chosen method; numerical methods yield their progress (0–1). */
export function* gradientOf(net: TwoLayerNet, x: Matrix, t: Int32Array, method: GradientMethod, helpers: GradientHelpers | null = null): Generator<GradientStep, TwoLayerParams> {
  if (method === 'naive') return yield* naiveGradient(net, x, t);
  if (method === 'incremental') {
    if (helpers && helpers.count > 0 && net.params.W1.cols > helpers.count) return yield* splitIncrementalGradient(net, x, t, helpers);
    return net.numericalGradient(x, t, 'incremental');
  }
  return net.gradient(x, t);
}
