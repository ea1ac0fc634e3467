/**
 * The parameters of the two-layer network and the flat numbering the numerical gradients use:
 * W1 (row-major), then b1, then W2 (row-major), then b2 — the order the notes loop over them.
 */
import { type Matrix, matrix } from '../matrix';

/** W1: D × H, b1: H, W2: H × K, b2: K. */
export interface TwoLayerParams {
  W1: Matrix;
  b1: Float64Array;
  W2: Matrix;
  b2: Float64Array;
}

/** The sizes D, H, K read off the parameters (and checked against each other). */
export function paramSizes(p: TwoLayerParams): LayerSizes {
  const inputSize = p.W1.rows;
  const hiddenSize = p.W1.cols;
  const outputSize = p.W2.cols;
  if (p.b1.length !== hiddenSize || p.W2.rows !== hiddenSize || p.b2.length !== outputSize) {
    throw new RangeError(`TwoLayerParams: shapes W1 (${p.W1.rows}, ${p.W1.cols}), b1 (${p.b1.length}), W2 (${p.W2.rows}, ${p.W2.cols}), b2 (${p.b2.length}) do not fit together`);
  }
  return { inputSize, hiddenSize, outputSize };
}

/** Layer sizes D, H, K of a D-H-K network. */
export interface LayerSizes {
  inputSize: number;
  hiddenSize: number;
  outputSize: number;
}

/** Whether a and b have the same shapes (the same D, H and K). */
export function sameShapes(a: TwoLayerParams, b: TwoLayerParams): boolean {
  const x = paramSizes(a);
  const y = paramSizes(b);
  return x.inputSize === y.inputSize && x.hiddenSize === y.hiddenSize && x.outputSize === y.outputSize;
}

/** Parameter count D·H + H + H·K + K (39,760 for 784-50-10). */
export function parameterCount({ inputSize, hiddenSize, outputSize }: LayerSizes): number {
  return inputSize * hiddenSize + hiddenSize + hiddenSize * outputSize + outputSize;
}

/** Zeros with the shapes of p. */
export function zerosLike(p: TwoLayerParams): TwoLayerParams {
  return {
    W1: matrix(p.W1.rows, p.W1.cols),
    b1: new Float64Array(p.b1.length),
    W2: matrix(p.W2.rows, p.W2.cols),
    b2: new Float64Array(p.b2.length),
  };
}

/** A deep copy of p. */
export function cloneParams(p: TwoLayerParams): TwoLayerParams {
  return {
    W1: matrix(p.W1.rows, p.W1.cols, Float64Array.from(p.W1.data)),
    b1: Float64Array.from(p.b1),
    W2: matrix(p.W2.rows, p.W2.cols, Float64Array.from(p.W2.data)),
    b2: Float64Array.from(p.b2),
  };
}

/** The four arrays in flat order [W1, b1, W2, b2] (views, not copies). */
export function paramArrays(p: TwoLayerParams): [Float64Array, Float64Array, Float64Array, Float64Array] {
  return [p.W1.data, p.b1, p.W2.data, p.b2];
}

/**
 * Whether every parameter is a finite number, in one pass without a call per element (it runs after
 * every update): v·0 is 0 for a finite v and NaN for ±∞ or NaN, so the sum of them is 0 or NaN.
 */
export function allFinite(p: TwoLayerParams): boolean {
  let zero = 0;
  for (const a of paramArrays(p)) for (let i = 0; i < a.length; i++) zero += a[i] * 0;
  return zero === 0;
}

/** Element-wise sum of gradients, e.g. the shares that several workers computed. */
export function sumParams(parts: readonly TwoLayerParams[]): TwoLayerParams {
  if (parts.length === 0) throw new RangeError('sumParams: nothing to sum');
  const out = cloneParams(parts[0]);
  const target = paramArrays(out);
  for (let p = 1; p < parts.length; p++) {
    const source = paramArrays(parts[p]);
    for (let a = 0; a < 4; a++) {
      if (source[a].length !== target[a].length) throw new RangeError('sumParams: shapes differ');
      for (let i = 0; i < target[a].length; i++) target[a][i] += source[a][i];
    }
  }
  return out;
}
