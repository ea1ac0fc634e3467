/**
 * ∂L/∂W1 by incremental central differences, the bulk of the work (D·H of the D·H + H + H·K + K
 * parameters). W1[i, j] ± h moves unit j of row n by ±d with d = h·x[n, i], which multiplies the
 * row's exp(a2_k − max) by exp(±d·W2[j, k]). The new loss of the row depends only on (n, j, d):
 * it is computed once per distinct pixel value in the row and shared by every W1[i, j] whose
 * pixel has that value (MNIST has at most 255 values, a digit about 70).
 *
 * While a unit stays active and its weights are small, the new softmax sums come from the series of
 * series-ratios.ts; units with larger weights, and rows where the step crosses the ReLU kink, take
 * exact exponentials instead.
 *
 * Rows' changes are kept as ratios exp(L_n(+) − L_n(−)) and multiplied: one logarithm per weight.
 * The work runs row by row, so each pixel's products for all the units sit side by side.
 */
import type { ForwardPass } from './forward-pass';
import { ROWS_PER_PRODUCT, hiddenMoveRatio } from './loss-change';
import { SERIES_LIMIT, seriesCoefficients, seriesRatios } from './series-ratios';
import type { SparseRows } from './sparse-rows';
import type { SparseTargets } from './targets';
import { valueCodes } from './value-codes';
import { type Scratch, float64Array } from './scratch';

/**
 * out[i·H + j] = scale·Σ_n (L_n(W1[i, j] + h) − L_n(W1[i, j] − h)) for units unitStart … unitEnd − 1;
 * out must hold zeros there, as pixels that are zero in every row are not touched.
 */
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
  scratch?: Scratch,
): void {
  const { rows, hidden, a1 } = pass;
  const { rowStart, values, slot, rowMaxAbs, widestRow } = valueCodes(x, scratch);
  const units = unitEnd - unitStart;
  const series = seriesCoefficients(w2, pass.classes, unitStart, unitEnd);
  // For the current row: step[s] = h·(its s-th distinct value), ratio[s·units + j′]; small enough to stay in cache.
  const step = new Float64Array(widestRow);
  const ratio = float64Array(scratch, 'first-layer.ratio', widestRow * units);
  // The products over the rows of the current block are kept in out itself, at out[i·H + j], and only
  // for the pixels that are non-zero in some row: a fresh array as large as W1 costs a page fault per
  // 4 kB in a browser, and the other pixels' gradients are 0 (a product of 1, whose logarithm is 0).
  const pixels = touchedPixels(x);
  for (const i of pixels) out.fill(1, i * hidden + unitStart, i * hidden + unitEnd);
  // Only batches longer than one block need the running sum of logarithms.
  const logSum = rows > ROWS_PER_PRODUCT ? new Float64Array(x.cols * units) : null;
  const moved = new Float64Array(2 * pass.classes);
  for (let n = 0; n < rows; n++) {
    const from = rowStart[n];
    const count = rowStart[n + 1] - from;
    for (let s = 0; s < count; s++) step[s] = h * values[from + s];
    const reach = h * rowMaxAbs[n];
    for (let jj = 0; jj < units; jj++) {
      const j = unitStart + jj;
      const a = a1[n * hidden + j];
      if (a + reach <= 0) {
        for (let s = 0; s < count; s++) ratio[s * units + jj] = 1;
      } else if (a - reach > 0 && reach * series.maxWeight[jj] <= SERIES_LIMIT) {
        seriesRatios(pass, t, n, series, jj, step, count, ratio, units);
      } else {
        for (let s = 0; s < count; s++) ratio[s * units + jj] = hiddenMoveRatio(pass, t, n, a, step[s], w2, j, moved);
      }
    }
    multiplyRatios(out, hidden, unitStart, ratio, units, x.index, slot, x.start[n], x.start[n + 1]);
    if (logSum !== null && ((n + 1) % ROWS_PER_PRODUCT === 0 || n + 1 === rows)) foldLogSums(out, hidden, unitStart, units, pixels, logSum);
  }
  for (const i of pixels) {
    for (let jj = 0; jj < units; jj++) {
      const at = i * hidden + unitStart + jj;
      out[at] = (logSum === null ? Math.log(out[at]) : logSum[i * units + jj]) * scale;
    }
  }
}

/** The columns i with x[n, i] ≠ 0 in some row n, in increasing order. */
function touchedPixels(x: SparseRows): Int32Array {
  const touched = new Uint8Array(x.cols);
  for (let p = 0; p < x.index.length; p++) touched[x.index[p]] = 1;
  const pixels: number[] = [];
  for (let i = 0; i < x.cols; i++) if (touched[i] === 1) pixels.push(i);
  return Int32Array.from(pixels);
}

/** logSum[i·units + j′] += log(product), then product = 1, for the products kept at out[i·H + unitStart + j′]. */
function foldLogSums(out: Float64Array, hidden: number, unitStart: number, units: number, pixels: Int32Array, logSum: Float64Array): void {
  for (const i of pixels) {
    for (let jj = 0; jj < units; jj++) {
      const at = i * hidden + unitStart + jj;
      logSum[i * units + jj] += Math.log(out[at]);
      out[at] = 1;
    }
  }
}

/**
 * product[index[p]·H + unitStart + j′] *= ratio[slot[p]·units + j′] for the row's entries p = from … to − 1:
 * one multiplication per non-zero pixel and unit, the innermost loop of the whole gradient. Four
 * pixels share each sweep over the units (distinct pixels, so the four products never alias), which
 * makes the loop about an eighth faster in Chromium.
 */
function multiplyRatios(
  product: Float64Array,
  hidden: number,
  unitStart: number,
  ratio: Float64Array,
  units: number,
  index: Int32Array,
  slot: Int32Array,
  from: number,
  to: number,
): void {
  let p = from;
  for (; p + 3 < to; p += 4) {
    const o0 = index[p] * hidden + unitStart;
    const o1 = index[p + 1] * hidden + unitStart;
    const o2 = index[p + 2] * hidden + unitStart;
    const o3 = index[p + 3] * hidden + unitStart;
    const r0 = slot[p] * units;
    const r1 = slot[p + 1] * units;
    const r2 = slot[p + 2] * units;
    const r3 = slot[p + 3] * units;
    for (let jj = 0; jj < units; jj++) {
      product[o0 + jj] *= ratio[r0 + jj];
      product[o1 + jj] *= ratio[r1 + jj];
      product[o2 + jj] *= ratio[r2 + jj];
      product[o3 + jj] *= ratio[r3 + jj];
    }
  }
  for (; p < to; p++) {
    const o = index[p] * hidden + unitStart;
    const r = slot[p] * units;
    for (let jj = 0; jj < units; jj++) product[o + jj] *= ratio[r + jj];
  }
}
