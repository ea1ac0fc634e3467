/**
 * ∂L/∂W1 by incremental central differences, the bulk of the work (D·H of the D·H + H + H·K + K
 * parameters). W1[i, j] ± h moves unit j of row n by ±d with d = h·x[n, i], which multiplies the
 * row's exp(a2_k − max) by exp(±d·W2[j, k]). The new loss of the row depends only on (n, j, d):
 * it is computed once per distinct pixel value in the row and shared by every W1[i, j] whose
 * pixel has that value (MNIST has at most 255 values, a digit about 70).
 *
 * The new softmax sum S± = Σ_k e_k·exp(±d·w_k) is evaluated from four weighted power sums of W2's
 * row, M_m = Σ_k e_k·w_k^m / m!, kept per (row, unit): S± = S ± d·M1 + d²·M2 ± d³·M3 + d⁴·M4.
 * That is the exponential series cut after d⁴; while |d·w_k| ≤ 1e−3 the rest is below 1e−17 of S,
 * under float64 rounding, so the sum is the same number the full exponentials give. Units with
 * larger weights, and rows where the step crosses the ReLU kink, take exact exponentials instead.
 *
 * Rows' changes are kept as ratios exp(L_n(+) − L_n(−)) and multiplied: one logarithm per weight.
 * The work runs row by row, so each pixel's products for all the units sit side by side.
 */
import { CEE_DELTA } from '../losses';
import type { ForwardPass } from './forward-pass';
import { ROWS_PER_PRODUCT, foldProducts, hiddenMoveRatio, targetRatio } from './loss-change';
import type { SparseRows } from './sparse-rows';
import type { SparseTargets } from './targets';
import { valueCodes } from './value-codes';

/** Largest |d·w| for which the series to d⁴ matches exp(d·w) to float64 rounding. */
const SERIES_LIMIT = 1e-3;

/** out[i·H + j] = scale·Σ_n (L_n(W1[i, j] + h) − L_n(W1[i, j] − h)) for units unitStart … unitEnd − 1. */
export function firstLayerGradient(
  pass: ForwardPass,
  t: SparseTargets,
  x: SparseRows,
  w2: Float64Array,
  h: number,
  scale: number,
  unitStart: number,
  unitEnd: number,
  out: Float64Array,
): void {
  const { rows, hidden, a1 } = pass;
  const { values, code, rowStart, rowCodes, rowMaxAbs } = valueCodes(x);
  const units = unitEnd - unitStart;
  const series = seriesCoefficients(w2, pass.classes, unitStart, unitEnd);
  // ratio[u·units + j′] for the current row; product[i·units + j′] over the rows of the current block.
  const ratio = new Float64Array(values.length * units);
  const product = new Float64Array(x.cols * units).fill(1);
  // Only batches longer than one block need the running sum of logarithms.
  const logSum = rows > ROWS_PER_PRODUCT ? new Float64Array(x.cols * units) : null;
  const scratch = new Float64Array(2 * pass.classes);
  for (let n = 0; n < rows; n++) {
    const reach = h * rowMaxAbs[n];
    for (let jj = 0; jj < units; jj++) {
      const j = unitStart + jj;
      const a = a1[n * hidden + j];
      if (a + reach <= 0) {
        for (let q = rowStart[n]; q < rowStart[n + 1]; q++) ratio[rowCodes[q] * units + jj] = 1;
      } else if (a - reach > 0 && reach * series.maxWeight[jj] <= SERIES_LIMIT) {
        seriesRatios(pass, t, n, series, jj, h, values, rowCodes, rowStart[n], rowStart[n + 1], ratio, units);
      } else {
        for (let q = rowStart[n]; q < rowStart[n + 1]; q++) {
          const u = rowCodes[q];
          ratio[u * units + jj] = hiddenMoveRatio(pass, t, n, a, h * values[u], w2, j, scratch);
        }
      }
    }
    for (let p = x.start[n]; p < x.start[n + 1]; p++) {
      const o = x.index[p] * units;
      const r = code[p] * units;
      for (let jj = 0; jj < units; jj++) product[o + jj] *= ratio[r + jj];
    }
    if (logSum !== null && (n + 1) % ROWS_PER_PRODUCT === 0) foldProducts(product, logSum);
  }
  for (let i = 0; i < x.cols; i++) {
    for (let jj = 0; jj < units; jj++) {
      const at = i * units + jj;
      out[i * hidden + unitStart + jj] = ((logSum === null ? 0 : logSum[at]) + Math.log(product[at])) * scale;
    }
  }
}

/** Per unit j′ and class k: w, w²/2, w³/6, w⁴/24 at coef[(4j′ + m)·K + k], and max_k |w|. */
interface SeriesCoefficients {
  classes: number;
  coef: Float64Array;
  maxWeight: Float64Array;
}

function seriesCoefficients(w2: Float64Array, classes: number, unitStart: number, unitEnd: number): SeriesCoefficients {
  const units = unitEnd - unitStart;
  const coef = new Float64Array(4 * units * classes);
  const maxWeight = new Float64Array(units);
  for (let jj = 0; jj < units; jj++) {
    for (let k = 0; k < classes; k++) {
      const w = w2[(unitStart + jj) * classes + k];
      const at = 4 * jj * classes + k;
      coef[at] = w;
      coef[at + classes] = (w * w) / 2;
      coef[at + 2 * classes] = (w * w * w) / 6;
      coef[at + 3 * classes] = (w * w * w * w) / 24;
      maxWeight[jj] = Math.max(maxWeight[jj], Math.abs(w));
    }
  }
  return { classes, coef, maxWeight };
}

/** ratio[u·units + j′] for the row's distinct codes u, unit j′ active throughout: S± from the power sums M1…M4. */
function seriesRatios(
  pass: ForwardPass,
  t: SparseTargets,
  n: number,
  series: SeriesCoefficients,
  jj: number,
  h: number,
  values: Float64Array,
  rowCodes: Int32Array,
  from: number,
  to: number,
  ratio: Float64Array,
  units: number,
): void {
  const { classes, coef } = series;
  const exp = pass.exp;
  const e0 = n * classes;
  const c0 = 4 * jj * classes;
  let m1 = 0;
  let m2 = 0;
  let m3 = 0;
  let m4 = 0;
  for (let k = 0; k < classes; k++) {
    const e = exp[e0 + k];
    m1 += e * coef[c0 + k];
    m2 += e * coef[c0 + classes + k];
    m3 += e * coef[c0 + 2 * classes + k];
    m4 += e * coef[c0 + 3 * classes + k];
  }
  const sum = pass.sumExp[n];
  const single = t.start[n + 1] - t.start[n] === 1 && t.weight[t.start[n]] === 1;
  // Labels (one target of weight 1): the target's numbers stay in registers across the row.
  const c = t.cls[t.start[n]];
  const ec = exp[e0 + c];
  const [w1c, w2c, w3c, w4c] = [coef[c0 + c], coef[c0 + classes + c], coef[c0 + 2 * classes + c], coef[c0 + 3 * classes + c]];
  for (let q = from; q < to; q++) {
    const d = h * values[rowCodes[q]];
    const dd = d * d;
    const odd = d * (m1 + dd * m3);
    const even = dd * (m2 + dd * m4);
    const sumPlus = sum + (even + odd);
    const sumMinus = sum + (even - odd);
    let r = 1;
    if (single) {
      const fOdd = d * (w1c + dd * w3c);
      const fEven = dd * (w2c + dd * w4c);
      // targetRatio written out, as this is the innermost loop.
      r = ((ec * (1 + (fEven - fOdd)) + CEE_DELTA * sumMinus) * sumPlus) / ((ec * (1 + (fEven + fOdd)) + CEE_DELTA * sumPlus) * sumMinus);
    } else {
      for (let p = t.start[n]; p < t.start[n + 1]; p++) {
        const k = t.cls[p];
        const fOdd = d * (coef[c0 + k] + dd * coef[c0 + 2 * classes + k]);
        const fEven = dd * (coef[c0 + classes + k] + dd * coef[c0 + 3 * classes + k]);
        r *= targetRatio(exp[e0 + k] * (1 + (fEven + fOdd)), sumPlus, exp[e0 + k] * (1 + (fEven - fOdd)), sumMinus, t.weight[p]);
      }
    }
    ratio[rowCodes[q] * units + jj] = r;
  }
}
