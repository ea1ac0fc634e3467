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

/** The same entries column by column (CSC): column i's entries are (row index[p], value[p]), p in start[i] … start[i + 1] − 1. */
export function sparseColumns(x: SparseRows): SparseRows {
  const start = new Int32Array(x.cols + 1);
  for (let p = 0; p < x.index.length; p++) start[x.index[p] + 1]++;
  for (let i = 0; i < x.cols; i++) start[i + 1] += start[i];
  const next = start.slice(0, x.cols);
  const index = new Int32Array(x.index.length);
  const value = new Float64Array(x.index.length);
  for (let n = 0; n < x.rows; n++) {
    for (let p = x.start[n]; p < x.start[n + 1]; p++) {
      const q = next[x.index[p]]++;
      index[q] = n;
      value[q] = x.value[p];
    }
  }
  return { rows: x.cols, cols: x.rows, start, index, value };
}
