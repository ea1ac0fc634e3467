/**
 * The batch cross-entropy of the notes, CEE = −(1/N) Σ_n Σ_k y_nk log(ŷ_nk + δ), for simple predictors,
 * and what the notes' NumPy code really computes when a one-hot target meets the label-index formula.
 */
import { CEE_DELTA } from '../losses';
import type { Matrix } from '../matrix';

/** The predictors a student can try: always 1/K, or confidence c on the true class, or on a wrong one. */
export type PredictorKind = 'uniform' | 'right' | 'wrong';

/**
 * ŷ (N × K) for labels t (N): uniform ŷ_nk = 1/K; 'right' puts c on t_n and (1−c)/(K−1) elsewhere;
 * 'wrong' puts c on (t_n + 1) mod K instead.
 */
export function predictions(kind: PredictorKind, labels: ArrayLike<number>, confidence: number, classes = 10): Matrix {
  const rows = labels.length;
  const data = new Float64Array(rows * classes);
  if (kind === 'uniform') return { rows, cols: classes, data: data.fill(1 / classes) };
  const rest = (1 - confidence) / (classes - 1);
  for (let n = 0; n < rows; n++) {
    const picked = kind === 'right' ? labels[n] : (labels[n] + 1) % classes;
    for (let k = 0; k < classes; k++) data[n * classes + k] = k === picked ? confidence : rest;
  }
  return { rows, cols: classes, data };
}

/** The per-sample terms −Σ_k y_nk log(ŷ_nk + δ) for one-hot rows y (N × K): the summands of the batch CEE. */
export function sampleTerms(y: Matrix, yHat: Matrix, delta = CEE_DELTA): Float64Array {
  const terms = new Float64Array(y.rows);
  for (let n = 0; n < y.rows; n++) {
    let sum = 0;
    for (let k = 0; k < y.cols; k++) {
      const target = y.data[n * y.cols + k];
      if (target !== 0) sum += target * Math.log(yHat.data[n * y.cols + k] + delta);
    }
    terms[n] = -sum;
  }
  return terms;
}

/**
 * The notes' label-index code, −Σ log(ŷ[arange(N), t] + δ) / N, when t is an N × K one-hot matrix.
 * NumPy broadcasts arange(N) against t: term (i, j) is ŷ[j, t_ij] when N = K, ŷ[0, t_ij] when N = 1,
 * and any other N raises an IndexError (returned as null).
 */
export function notesCeeWithOneHot(yHat: Matrix, oneHot: Matrix, delta = CEE_DELTA): number | null {
  const n = yHat.rows;
  if (n !== 1 && n !== oneHot.cols) return null;
  let sum = 0;
  for (let i = 0; i < oneHot.rows; i++) {
    for (let j = 0; j < oneHot.cols; j++) {
      const row = n === 1 ? 0 : j;
      sum += Math.log(yHat.data[row * yHat.cols + oneHot.data[i * oneHot.cols + j]] + delta);
    }
  }
  return -sum / n;
}

/**
 * The notes' one-hot code, −Σ t ⊙ log(ŷ + δ) / N, when t is N labels instead of an N × K matrix.
 * NumPy broadcasts t along the last axis: term (i, k) is t_k · log ŷ_ik when N = K (or N = 1);
 * any other N raises a broadcasting error (returned as null).
 */
export function notesOneHotCeeWithLabels(yHat: Matrix, labels: ArrayLike<number>, delta = CEE_DELTA): number | null {
  if (labels.length !== 1 && labels.length !== yHat.cols) return null;
  let sum = 0;
  for (let i = 0; i < yHat.rows; i++) {
    for (let k = 0; k < yHat.cols; k++) {
      sum += labels[labels.length === 1 ? 0 : k] * Math.log(yHat.data[i * yHat.cols + k] + delta);
    }
  }
  return -sum / yHat.rows;
}
