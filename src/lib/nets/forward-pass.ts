/**
 * One forward pass of the two-layer network, keeping what the gradients reuse:
 * a1 = x·W1 + b1, z1 = ReLU(a1), a2 = z1·W2 + b2, y = softmax(a2) row by row.
 */
import { type Scratch, float64Array } from './scratch';
import { addScaledRows } from './sparse-kernel';
import type { SparseRows } from './sparse-rows';
import type { TwoLayerParams } from './two-layer-params';

/** The cached pass: all arrays row-major; y[n, k] = exp[n, k] / sumExp[n]. */
export interface ForwardPass {
  rows: number;
  hidden: number;
  classes: number;
  /** a1 = x·W1 + b1, N × H (z1 = max(0, a1) is not stored). */
  a1: Float64Array;
  /** a2 = z1·W2 + b2, N × K logits. */
  a2: Float64Array;
  /** exp(a2[n, k] − max_k a2[n, k]), N × K. */
  exp: Float64Array;
  /** Σ_k exp[n, k], N. */
  sumExp: Float64Array;
}

/**
 * Runs a1 = x·W1 + b1, z1 = ReLU(a1), a2 = z1·W2 + b2 and the row-wise softmax for x (N × D, sparse);
 * with `scratch`, the pass's arrays are the scratch's and valid until its next pass.
 */
export function forwardPass(params: TwoLayerParams, x: SparseRows, scratch?: Scratch): ForwardPass {
  const { W1, b1, W2, b2 } = params;
  const hidden = W1.cols;
  const classes = W2.cols;
  const rows = x.rows;
  if (x.cols !== W1.rows) throw new RangeError(`forwardPass: x has ${x.cols} columns but W1 has ${W1.rows} rows`);
  const a1 = float64Array(scratch, 'pass.a1', rows * hidden);
  const a2 = float64Array(scratch, 'pass.a2', rows * classes);
  const exp = float64Array(scratch, 'pass.exp', rows * classes);
  const sumExp = float64Array(scratch, 'pass.sumExp', rows);
  const w1 = W1.data;
  const w2 = W2.data;
  for (let n = 0; n < rows; n++) {
    const h0 = n * hidden;
    addScaledRows(a1, h0, w1, hidden, x.index, x.value, x.start[n], x.start[n + 1]);
    for (let j = 0; j < hidden; j++) a1[h0 + j] += b1[j];
    const k0 = n * classes;
    for (let j = 0; j < hidden; j++) {
      const z = a1[h0 + j];
      if (z <= 0) continue;
      const w0 = j * classes;
      for (let k = 0; k < classes; k++) a2[k0 + k] += z * w2[w0 + k];
    }
    let max = -Infinity;
    for (let k = 0; k < classes; k++) {
      a2[k0 + k] += b2[k];
      if (a2[k0 + k] > max) max = a2[k0 + k];
    }
    let sum = 0;
    for (let k = 0; k < classes; k++) {
      const e = Math.exp(a2[k0 + k] - max);
      exp[k0 + k] = e;
      sum += e;
    }
    sumExp[n] = sum;
  }
  return { rows, hidden, classes, a1, a2, exp, sumExp };
}

/** The probabilities y = softmax(a2) row by row, N × K (in `scratch`, when given, until its next request). */
export function probabilities(pass: ForwardPass, scratch?: Scratch): Float64Array {
  const y = float64Array(scratch, 'probabilities', pass.exp.length);
  for (let n = 0; n < pass.rows; n++) {
    for (let k = 0; k < pass.classes; k++) y[n * pass.classes + k] = pass.exp[n * pass.classes + k] / pass.sumExp[n];
  }
  return y;
}

/**
 * The notes' softmax without an axis: y = exp(a2) / Σ_{n,k} exp(a2[n, k]), one distribution over the
 * whole N × K batch, so every y[n, k] is about 1/(N·K) at the start (loss ≈ ln(N·K), not ln K).
 */
export function batchProbabilities(pass: ForwardPass): Float64Array {
  let max = -Infinity;
  for (const a of pass.a2) if (a > max) max = a;
  const y = new Float64Array(pass.a2.length);
  let sum = 0;
  for (let i = 0; i < y.length; i++) {
    y[i] = Math.exp(pass.a2[i] - max);
    sum += y[i];
  }
  for (let i = 0; i < y.length; i++) y[i] /= sum;
  return y;
}
