import { numericalGradient } from '../lib/gradient';
import type { Matrix } from '../lib/matrix';
import type { GradientMethod, TwoLayerNet, TwoLayerParams } from '../lib/nets/two-layer-net';
import { paramArrays, zerosLike } from '../lib/nets/two-layer-params';

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
  const targets = paramArrays(net.params);
  const outputs = paramArrays(grads);
  const total = targets.reduce((sum, a) => sum + a.length, 0);
  const loss = () => net.loss(x, t);
  let done = 0;
  for (let g = 0; g < targets.length; g++) {
    for (let start = 0; start < targets[g].length; start += NAIVE_SLICE) {
      const end = Math.min(targets[g].length, start + NAIVE_SLICE);
      outputs[g].set(numericalGradient(loss, targets[g].subarray(start, end)), start);
      done += end - start;
      yield done / total;
    }
  }
  return grads;
}

/** ∂L/∂params of the batch by the chosen method; numerical methods yield their progress (0–1). */
export function* gradientOf(net: TwoLayerNet, x: Matrix, t: Int32Array, method: GradientMethod): Generator<number, TwoLayerParams> {
  if (method === 'naive') return yield* naiveGradient(net, x, t);
  if (method === 'incremental') return net.numericalGradient(x, t, 'incremental');
  return net.gradient(x, t);
}
