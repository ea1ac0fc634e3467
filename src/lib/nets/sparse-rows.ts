/**
 * A batch stored row by row as its non-zero entries only (CSR). About four in five MNIST pixels
 * are background zeros, and a zero input contributes nothing to x·W1 nor to ∂L/∂W1.
 */
import { type Matrix, isMatrix } from '../matrix';

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
  return nonZeroRows(x.data, x.rows, x.cols, (n) => n * x.cols, 1);
}

/** x's non-zero entries row by row: sparseRows(x) for a dense batch, x itself when it is sparse already. */
export function asSparseRows(x: Matrix | SparseRows): SparseRows {
  return isMatrix(x) ? sparseRows(x) : x;
}

/**
 * The non-zero entries of x = images[indices] / 255 (P bytes per image), row by row: the same as
 * sparseRows(imageBatch(images, P, indices)) without the dense N × P matrix in between.
 */
export function sparseImageRows(images: Uint8Array, pixelsPerImage: number, indices: ArrayLike<number>): SparseRows {
  const count = Math.floor(images.length / pixelsPerImage);
  return nonZeroRows(images, indices.length, pixelsPerImage, (n) => {
    const image = indices[n];
    if (!Number.isInteger(image) || image < 0 || image >= count) throw new RangeError(`sparseImageRows: index ${image} is not in 0…${count - 1}`);
    return image * pixelsPerImage;
  }, 255);
}

/**
 * Row n of the result holds the non-zero source[offsetOf(n) + i] / divisor for i < cols. One pass with
 * room for a quarter of the entries (MNIST digits fill about a fifth), growing by whole rows when a
 * denser batch needs more.
 */
function nonZeroRows(source: Float64Array | Uint8Array, rows: number, cols: number, offsetOf: (n: number) => number, divisor: number): SparseRows {
  let capacity = Math.max(cols, (rows * cols) >> 2);
  let index = new Int32Array(capacity);
  let value = new Float64Array(capacity);
  const start = new Int32Array(rows + 1);
  let q = 0;
  for (let n = 0; n < rows; n++) {
    const offset = offsetOf(n);
    start[n] = q;
    if (q + cols > capacity) {
      capacity = Math.max(2 * capacity, q + cols);
      index = grow(index, new Int32Array(capacity), q);
      value = grow(value, new Float64Array(capacity), q);
    }
    for (let i = 0; i < cols; i++) {
      const v = source[offset + i];
      if (v !== 0) {
        index[q] = i;
        value[q] = v / divisor;
        q++;
      }
    }
  }
  start[rows] = q;
  return { rows, cols, start, index: index.subarray(0, q), value: value.subarray(0, q) };
}

function grow<T extends Int32Array | Float64Array>(from: T, to: T, used: number): T {
  to.set(from.subarray(0, used));
  return to;
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
