/**
 * Dense row-major matrices of float64, the NumPy arrays of the notes.
 * A Matrix of shape (rows, cols) stores element (i, j) at data[i * cols + j].
 */

/** A row-major float64 matrix. */
export interface Matrix {
  readonly rows: number;
  readonly cols: number;
  readonly data: Float64Array;
}

/** A rows × cols matrix, zero-filled or wrapping `data` (length rows·cols). */
export function matrix(rows: number, cols: number, data?: Float64Array | ArrayLike<number>): Matrix {
  if (!Number.isInteger(rows) || !Number.isInteger(cols) || rows < 0 || cols < 0) {
    throw new RangeError(`matrix: shape must be non-negative integers, got (${rows}, ${cols})`);
  }
  if (data === undefined) return { rows, cols, data: new Float64Array(rows * cols) };
  if (data.length !== rows * cols) {
    throw new RangeError(`matrix: data has ${data.length} elements, shape (${rows}, ${cols}) needs ${rows * cols}`);
  }
  return { rows, cols, data: data instanceof Float64Array ? data : Float64Array.from(data) };
}

/** A matrix from nested rows, e.g. fromRows([[1, 2], [3, 4]]). */
export function fromRows(rows: readonly (readonly number[])[]): Matrix {
  const cols = rows.length === 0 ? 0 : rows[0].length;
  for (const row of rows) {
    if (row.length !== cols) throw new RangeError('fromRows: every row must have the same length');
  }
  return matrix(rows.length, cols, rows.flat());
}

/** Nested rows of a matrix (for display and tests). */
export function toRows(m: Matrix): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < m.rows; i++) out.push(Array.from(m.data.subarray(i * m.cols, (i + 1) * m.cols)));
  return out;
}

/** Element (i, j). */
export function at(m: Matrix, i: number, j: number): number {
  return m.data[i * m.cols + j];
}

/** Row i as a view (no copy). */
export function row(m: Matrix, i: number): Float64Array {
  return m.data.subarray(i * m.cols, (i + 1) * m.cols);
}

/** Matrix product A·B: (n × k)·(k × m) → (n × m). */
export function dot(a: Matrix, b: Matrix): Matrix {
  if (a.cols !== b.rows) {
    throw new RangeError(`dot: shapes (${a.rows}, ${a.cols}) and (${b.rows}, ${b.cols}) are not aligned`);
  }
  const out = new Float64Array(a.rows * b.cols);
  const n = a.rows;
  const k = a.cols;
  const m = b.cols;
  for (let i = 0; i < n; i++) {
    const outRow = i * m;
    for (let p = 0; p < k; p++) {
      const aip = a.data[i * k + p];
      if (aip === 0) continue;
      const bRow = p * m;
      for (let j = 0; j < m; j++) out[outRow + j] += aip * b.data[bRow + j];
    }
  }
  return { rows: n, cols: m, data: out };
}

/** Vector–matrix product x·W: (k) · (k × m) → (m). */
export function vecDot(x: ArrayLike<number>, w: Matrix): Float64Array {
  if (x.length !== w.rows) throw new RangeError(`vecDot: vector of length ${x.length} and matrix (${w.rows}, ${w.cols}) are not aligned`);
  const out = new Float64Array(w.cols);
  for (let p = 0; p < w.rows; p++) {
    const xp = x[p];
    for (let j = 0; j < w.cols; j++) out[j] += xp * w.data[p * w.cols + j];
  }
  return out;
}

/** A + b broadcast over rows: (n × m) + (m) → (n × m). Returns a new matrix. */
export function addRowVector(a: Matrix, b: ArrayLike<number>): Matrix {
  if (b.length !== a.cols) throw new RangeError(`addRowVector: vector of length ${b.length} does not match ${a.cols} columns`);
  const out = new Float64Array(a.data.length);
  for (let i = 0; i < a.rows; i++) {
    for (let j = 0; j < a.cols; j++) out[i * a.cols + j] = a.data[i * a.cols + j] + b[j];
  }
  return { rows: a.rows, cols: a.cols, data: out };
}

/** ReLU max(0, a) elementwise. Returns a new matrix. */
export function relu(a: Matrix): Matrix {
  const out = new Float64Array(a.data.length);
  for (let i = 0; i < out.length; i++) out[i] = a.data[i] > 0 ? a.data[i] : 0;
  return { rows: a.rows, cols: a.cols, data: out };
}

/** Index of the largest element of each row (first one on ties, like np.argmax(a, axis=1)). */
export function argmaxRows(a: Matrix): Int32Array {
  const out = new Int32Array(a.rows);
  for (let i = 0; i < a.rows; i++) out[i] = argmax(a.data.subarray(i * a.cols, (i + 1) * a.cols));
  return out;
}

/** Index of the largest element (first one on ties; NaN never wins). */
export function argmax(v: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < v.length; i++) if (v[i] > v[best] || Number.isNaN(v[best])) best = i;
  return best;
}

/** Transpose Aᵀ: (n × m) → (m × n). */
export function transpose(a: Matrix): Matrix {
  const out = new Float64Array(a.data.length);
  for (let i = 0; i < a.rows; i++) for (let j = 0; j < a.cols; j++) out[j * a.rows + i] = a.data[i * a.cols + j];
  return { rows: a.cols, cols: a.rows, data: out };
}

/** Outer product x ⊗ y: (n) and (m) → (n × m). */
export function outer(x: ArrayLike<number>, y: ArrayLike<number>): Matrix {
  const out = new Float64Array(x.length * y.length);
  for (let i = 0; i < x.length; i++) for (let j = 0; j < y.length; j++) out[i * y.length + j] = x[i] * y[j];
  return { rows: x.length, cols: y.length, data: out };
}

/** True for a Matrix, false for a plain vector (number[] or typed array). */
export function isMatrix(value: unknown): value is Matrix {
  return typeof value === 'object' && value !== null && 'rows' in value && 'cols' in value && 'data' in value;
}
