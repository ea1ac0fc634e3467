/**
 * Loss functions of the notes: mean squared error and cross-entropy error, with the softmax
 * that turns scores into probabilities.
 */
import { type Matrix, isMatrix } from './matrix';

/** Anything indexable with numbers: number[], Float64Array, … */
export type Vector = ArrayLike<number>;

/** The δ the notes add inside the logarithm so that log(0) never happens. */
export const CEE_DELTA = 1e-7;

/** Why a loss refused its inputs; the UI turns the code into a message in the user's language. */
export type LossInputCode = 'shape-mismatch' | 'not-a-distribution' | 'bad-label' | 'empty';

/** Thrown when y and t do not fit together; never silently reinterprets one as the other. */
export class LossInputError extends Error {
  readonly code: LossInputCode;
  constructor(code: LossInputCode, message: string) {
    super(message);
    this.name = 'LossInputError';
    this.code = code;
  }
}

/** softmax(a)_k = exp(a_k − max a) / Σ_j exp(a_j − max a); for a Matrix, row by row. */
export function softmax(a: Vector): Float64Array;
export function softmax(a: Matrix): Matrix;
export function softmax(a: Vector | Matrix): Float64Array | Matrix {
  if (isMatrix(a)) {
    const out = new Float64Array(a.data.length);
    for (let i = 0; i < a.rows; i++) softmaxInto(a.data, i * a.cols, a.cols, out);
    return { rows: a.rows, cols: a.cols, data: out };
  }
  const out = new Float64Array(a.length);
  softmaxInto(a, 0, a.length, out);
  return out;
}

function softmaxInto(a: Vector, offset: number, length: number, out: Float64Array): void {
  let max = -Infinity;
  for (let k = 0; k < length; k++) if (a[offset + k] > max) max = a[offset + k];
  let sum = 0;
  for (let k = 0; k < length; k++) {
    const e = Math.exp(a[offset + k] - max);
    out[offset + k] = e;
    sum += e;
  }
  for (let k = 0; k < length; k++) out[offset + k] /= sum;
}

/** MSE(y, t) = (1/K) Σ_k (y_k − t_k)², y and t of length K (or two matrices of one shape: mean over all elements). */
export function meanSquaredError(y: Vector | Matrix, t: Vector | Matrix): number {
  const yv = isMatrix(y) ? y.data : y;
  const tv = isMatrix(t) ? t.data : t;
  if (isMatrix(y) !== isMatrix(t) || (isMatrix(y) && isMatrix(t) && (y.rows !== t.rows || y.cols !== t.cols))) {
    throw new LossInputError('shape-mismatch', 'meanSquaredError: y and t must have the same shape');
  }
  if (yv.length !== tv.length) {
    throw new LossInputError('shape-mismatch', `meanSquaredError: y has ${yv.length} elements but t has ${tv.length}`);
  }
  if (yv.length === 0) throw new LossInputError('empty', 'meanSquaredError: y and t are empty');
  return pairwiseSum(squaredDifferences(yv, tv)) / yv.length;
}

function squaredDifferences(y: Vector, t: Vector): Float64Array {
  const out = new Float64Array(y.length);
  for (let k = 0; k < y.length; k++) out[k] = (y[k] - t[k]) ** 2;
  return out;
}

/**
 * Σ v in NumPy's order (pairwise, eight accumulators per block of ≤ 128), so that
 * np.mean reproduces to the last bit: the notes print 0.019500000000000007, not 0.0195.
 */
export function pairwiseSum(v: Float64Array, start = 0, n = v.length): number {
  if (n < 8) {
    let s = 0;
    for (let i = start; i < start + n; i++) s += v[i];
    return s;
  }
  if (n <= 128) {
    const r = [v[start], v[start + 1], v[start + 2], v[start + 3], v[start + 4], v[start + 5], v[start + 6], v[start + 7]];
    let i = 8;
    for (; i < n - (n % 8); i += 8) for (let j = 0; j < 8; j++) r[j] += v[start + i + j];
    let s = (r[0] + r[1] + (r[2] + r[3])) + (r[4] + r[5] + (r[6] + r[7]));
    for (; i < n; i++) s += v[start + i];
    return s;
  }
  let half = Math.floor(n / 2);
  half -= half % 8;
  return pairwiseSum(v, start, half) + pairwiseSum(v, start + half, n - half);
}

/**
 * Cross-entropy error with δ inside the logarithm.
 * One sample: CEE = −Σ_k t_k log(y_k + δ), with t a distribution over K classes (one-hot or soft)
 * or a class index. A batch: CEE = −(1/N) Σ_n Σ_k t_nk log(y_nk + δ), with y an N × K matrix and
 * t either an N × K one-hot matrix or N class indices. Terms with t_k = 0 are skipped (the convention
 * 0·log 0 = 0), so with δ = 0 a true class of probability 0 gives +∞. NumPy skips nothing: without δ
 * any y_k = 0 makes 0·(−∞) = NaN, already for the notes' example (see numpyCrossEntropy).
 */
export function crossEntropyError(y: Vector, t: Vector | number, delta?: number): number;
export function crossEntropyError(y: Matrix, t: Matrix | Vector, delta?: number): number;
export function crossEntropyError(y: Vector | Matrix, t: Vector | Matrix | number, delta = CEE_DELTA): number {
  if (isMatrix(y)) {
    if (typeof t === 'number') {
      throw new LossInputError('shape-mismatch', 'crossEntropyError: a batch needs N labels or an N × K one-hot matrix, not a single number');
    }
    if (y.rows === 0) throw new LossInputError('empty', 'crossEntropyError: the batch is empty');
    let total = 0;
    if (isMatrix(t)) {
      if (t.rows !== y.rows || t.cols !== y.cols) {
        throw new LossInputError('shape-mismatch', `crossEntropyError: y is (${y.rows}, ${y.cols}) but the one-hot t is (${t.rows}, ${t.cols})`);
      }
      for (let n = 0; n < y.rows; n++) {
        const tn = t.data.subarray(n * t.cols, (n + 1) * t.cols);
        checkDistribution(tn, n);
        total += distributionCee(y.data.subarray(n * y.cols, (n + 1) * y.cols), tn, delta);
      }
    } else {
      if (t.length !== y.rows) {
        const hint = t.length === y.cols ? ' (it looks like one one-hot row: pass one-hot targets as an N × K matrix)' : '';
        throw new LossInputError('shape-mismatch', `crossEntropyError: y has ${y.rows} rows but t has ${t.length} labels${hint}`);
      }
      for (let n = 0; n < y.rows; n++) {
        const label = checkLabel(t[n], y.cols, n);
        total += -Math.log(y.data[n * y.cols + label] + delta);
      }
    }
    return total / y.rows;
  }
  if (isMatrix(t)) throw new LossInputError('shape-mismatch', 'crossEntropyError: a single prediction needs a single target');
  if (y.length === 0) throw new LossInputError('empty', 'crossEntropyError: y is empty');
  if (typeof t === 'number') return -Math.log(y[checkLabel(t, y.length, 0)] + delta);
  if (t.length !== y.length) {
    throw new LossInputError('shape-mismatch', `crossEntropyError: y has ${y.length} classes but t has ${t.length}`);
  }
  checkDistribution(t, 0);
  return distributionCee(y, t, delta);
}

/**
 * −Σ_k t_k log(y_k + δ) term by term, as −np.sum(t * np.log(y + δ)) computes it (same summation
 * order): nothing is skipped, so with δ = 0 a y_k = 0 anywhere gives 0·(−∞) = NaN, and the sum is NaN.
 */
export function numpyCrossEntropy(y: Vector, t: Vector, delta = CEE_DELTA): number {
  const terms = new Float64Array(y.length);
  for (let k = 0; k < y.length; k++) terms[k] = t[k] * Math.log(y[k] + delta);
  return -pairwiseSum(terms);
}

function distributionCee(y: Vector, t: Vector, delta: number): number {
  let sum = 0;
  for (let k = 0; k < y.length; k++) if (t[k] !== 0) sum += t[k] * Math.log(y[k] + delta);
  return -sum;
}

function checkLabel(label: number, classes: number, n: number): number {
  if (!Number.isInteger(label) || label < 0 || label >= classes) {
    throw new LossInputError('bad-label', `crossEntropyError: label ${label} of sample ${n} is not a class index in 0…${classes - 1}`);
  }
  return label;
}

function checkDistribution(t: Vector, n: number): void {
  let sum = 0;
  for (let k = 0; k < t.length; k++) {
    if (!(t[k] >= 0 && t[k] <= 1)) {
      throw new LossInputError('not-a-distribution', `crossEntropyError: target ${n} has ${t[k]} at class ${k}; targets must be one-hot (or probabilities), not labels`);
    }
    sum += t[k];
  }
  if (Math.abs(sum - 1) > 1e-9) {
    throw new LossInputError('not-a-distribution', `crossEntropyError: target ${n} sums to ${sum}, not 1`);
  }
}

/** One-hot rows for class labels: N labels → N × K matrix with a single 1 per row. */
export function oneHot(labels: Vector, classes: number): Matrix {
  const data = new Float64Array(labels.length * classes);
  for (let n = 0; n < labels.length; n++) data[n * classes + checkLabel(labels[n], classes, n)] = 1;
  return { rows: labels.length, cols: classes, data };
}
