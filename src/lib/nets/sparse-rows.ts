/**
 * A batch stored row by row as its non-zero entries only (CSR). About four in five MNIST pixels
 * are background zeros, and a zero input contributes nothing to x·W1 nor to ∂L/∂W1.
 */
import type { Matrix } from '../matrix';

/** Row n's non-zero entries are (index[p], value[p]) for p in start[n] … start[n + 1] − 1. */
export interface SparseRows {
  rows: number;
  cols: number;
  start: Int32Array;
  index: Int32Array;
  value: Float64Array;
}

/** The non-zero entries of an N × D matrix, row by row, in column order. */
export function sparseRows(x: Matrix): SparseRows {
  const { rows, cols, data } = x;
  let count = 0;
  for (let p = 0; p < data.length; p++) if (data[p] !== 0) count++;
  const start = new Int32Array(rows + 1);
  const index = new Int32Array(count);
  const value = new Float64Array(count);
  let q = 0;
  for (let n = 0; n < rows; n++) {
    start[n] = q;
    const offset = n * cols;
    for (let i = 0; i < cols; i++) {
      const v = data[offset + i];
      if (v !== 0) {
        index[q] = i;
        value[q] = v;
        q++;
      }
    }
  }
  start[rows] = q;
  return { rows, cols, start, index, value };
}
