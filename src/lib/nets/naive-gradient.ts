/**
 * The notes' numerical gradient of the two-layer network: for every parameter θ_p, two full
 * forward passes of the whole batch, ∂L/∂θ_p ≈ (L(θ + h·e_p) − L(θ − h·e_p)) / 2h.
 */
import { centralDifference, DEFAULT_H } from '../gradient';
import { type TwoLayerParams, paramArrays, paramSizes, parameterCount, zerosLike } from './two-layer-params';

/** ∇L by central differences over W1, b1, W2 and b2 in turn, like the notes' loop; `loss` reads `params`. */
export function naiveNumericalGradient(params: TwoLayerParams, loss: () => number, h = DEFAULT_H): TwoLayerParams {
  const out = zerosLike(params);
  naiveNumericalGradientRange(params, loss, 0, parameterCount(paramSizes(params)), out, h);
  return out;
}

/**
 * The same central differences for flat parameter indices start … end − 1 only (flat order
 * W1, b1, W2, b2), written into `out`. Lets a worker cut a naive iteration into short slices
 * (and stop between them) or spread it over several workers.
 */
export function naiveNumericalGradientRange(
  params: TwoLayerParams,
  loss: () => number,
  start: number,
  end: number,
  out: TwoLayerParams,
  h = DEFAULT_H,
): void {
  const total = parameterCount(paramSizes(params));
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > total || start > end) {
    throw new RangeError(`naiveNumericalGradientRange: range ${start}…${end} is not inside 0…${total}`);
  }
  const arrays = paramArrays(params);
  const outArrays = paramArrays(out);
  let base = 0;
  for (let a = 0; a < 4; a++) {
    const x = arrays[a];
    const from = Math.max(start - base, 0);
    const to = Math.min(end - base, x.length);
    for (let i = from; i < to; i++) outArrays[a][i] = centralDifference(loss, x, i, h);
    base += x.length;
  }
}
