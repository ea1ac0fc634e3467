import type { Matrix } from '../lib/matrix';
import type { SparseRows } from '../lib/nets/sparse-rows';
import type { GradientMethod, TwoLayerNet } from '../lib/nets/two-layer-net';
import { incrementalNumericalGradient, splitShares } from '../lib/nets/incremental-gradient';
import { naiveNumericalGradientRange } from '../lib/nets/naive-gradient';
import { paramSizes, parameterCount, sumParams, zerosLike, type TwoLayerParams } from '../lib/nets/two-layer-params';
import type { GradientHelpers } from './helper-link';
import type { SessionBatch } from './session-batch';

/** What a gradient computation yields: its progress (0–1), or a promise to wait for before going on. */
export type GradientStep = number | Promise<unknown>;

/**
 * Multiply-adds of one slice of the naive method: 8 parameters of the notes' 784-50-10 at batch 100,
 * a few tens of milliseconds. Each parameter costs two full forward passes of the batch, so larger
 * networks and batches get fewer parameters per slice (at least one) and the run can still stop or
 * pause in between.
 */
const NAIVE_SLICE_WORK = 8 * 2 * 100 * (784 * 50 + 50 * 10);

/**
 * The notes' numerical gradient, a few parameters at a time: each parameter is nudged by ±h in place
 * and the whole batch loss recomputed. Yields the fraction of parameters done after every slice.
 */
export function* naiveGradient(net: TwoLayerNet, x: Matrix | SparseRows, t: Int32Array): Generator<number, TwoLayerParams> {
  const grads = zerosLike(net.params);
  const total = parameterCount(paramSizes(net.params));
  const loss = () => net.loss(x, t);
  const { W1, W2 } = net.params;
  const perParameter = 2 * x.rows * (W1.rows * W1.cols + W2.rows * W2.cols);
  const slice = Math.max(1, Math.floor(NAIVE_SLICE_WORK / perParameter));
  for (let start = 0; start < total; start += slice) {
    const end = Math.min(total, start + slice);
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

/** A batch's gradient, and its loss before the update when the method computed it anyway (backprop's forward pass). */
export interface BatchGradient {
  grads: TwoLayerParams;
  loss: number | null;
}

/**
 * ∂L/∂params of the batch by the chosen method; numerical methods yield their progress (0–1). The
 * incremental method on this thread writes into `spare` when given (arrays of the parameters' shapes
 * that the caller no longer needs, e.g. the previous iteration's gradient).
 */
export function* gradientOf(net: TwoLayerNet, batch: SessionBatch, method: GradientMethod, helpers: GradientHelpers | null = null, spare?: TwoLayerParams): Generator<GradientStep, BatchGradient> {
  const { t } = batch;
  // Both numerical methods read the batch's sparse rows, built once from the bytes; only the helpers' shares take a dense x.
  if (method === 'naive') return { grads: yield* naiveGradient(net, batch.rows, t), loss: null };
  if (method === 'incremental') {
    if (helpers && helpers.count > 0 && net.params.W1.cols > helpers.count) return { grads: yield* splitIncrementalGradient(net, batch.x, t, helpers), loss: null };
    return { grads: net.numericalGradient(batch.rows, t, 'incremental', spare), loss: null };
  }
  return net.backprop(batch.rows, t, batch.columns);
}
