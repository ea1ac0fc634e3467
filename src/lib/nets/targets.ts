/**
 * Targets in one shape for every gradient method: per row, the classes with a non-zero target
 * weight. Labels and one-hot rows give one class of weight 1; soft targets give several.
 */
import { type Matrix, isMatrix } from '../matrix';
import { LossInputError } from '../losses';

/** Row n's targets are (cls[p], weight[p]) for p in start[n] … start[n + 1] − 1. */
export interface SparseTargets {
  rows: number;
  start: Int32Array;
  cls: Int32Array;
  weight: Float64Array;
}

/** N labels or an N × K target matrix (rows summing to 1) → SparseTargets; validated like crossEntropyError. */
export function sparseTargets(t: Matrix | ArrayLike<number>, rows: number, classes: number): SparseTargets {
  if (rows === 0) throw new LossInputError('empty', 'targets: the batch is empty');
  if (!isMatrix(t)) {
    if (t.length !== rows) throw new LossInputError('shape-mismatch', `targets: ${rows} rows need ${rows} labels, got ${t.length}`);
    const start = new Int32Array(rows + 1);
    const cls = new Int32Array(rows);
    for (let n = 0; n < rows; n++) {
      const label = t[n];
      if (!Number.isInteger(label) || label < 0 || label >= classes) {
        throw new LossInputError('bad-label', `targets: label ${label} of sample ${n} is not a class index in 0…${classes - 1}`);
      }
      start[n + 1] = n + 1;
      cls[n] = label;
    }
    return { rows, start, cls, weight: new Float64Array(rows).fill(1) };
  }
  if (t.rows !== rows || t.cols !== classes) {
    throw new LossInputError('shape-mismatch', `targets: expected (${rows}, ${classes}), got (${t.rows}, ${t.cols})`);
  }
  const start = new Int32Array(rows + 1);
  const cls: number[] = [];
  const weight: number[] = [];
  for (let n = 0; n < rows; n++) {
    let sum = 0;
    for (let k = 0; k < classes; k++) {
      const w = t.data[n * classes + k];
      if (!(w >= 0 && w <= 1)) {
        throw new LossInputError('not-a-distribution', `targets: row ${n} has ${w} at class ${k}; targets must be one-hot (or probabilities), not labels`);
      }
      sum += w;
      if (w !== 0) {
        cls.push(k);
        weight.push(w);
      }
    }
    if (Math.abs(sum - 1) > 1e-9) throw new LossInputError('not-a-distribution', `targets: row ${n} sums to ${sum}, not 1`);
    start[n + 1] = cls.length;
  }
  return { rows, start, cls: Int32Array.from(cls), weight: Float64Array.from(weight) };
}

/** The class of each row: the label itself, or the argmax of a target row (first on ties). */
export function targetClasses(t: Matrix | ArrayLike<number>): Int32Array {
  if (!isMatrix(t)) return Int32Array.from(t);
  const out = new Int32Array(t.rows);
  for (let n = 0; n < t.rows; n++) {
    let best = 0;
    for (let k = 1; k < t.cols; k++) if (t.data[n * t.cols + k] > t.data[n * t.cols + best]) best = k;
    out[n] = best;
  }
  return out;
}
