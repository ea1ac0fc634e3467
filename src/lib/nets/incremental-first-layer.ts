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
 */
import { CEE_DELTA } from '../losses';
import type { ForwardPass } from './forward-pass';
import { hiddenMoveRatio, targetRatio } from './loss-change';
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
  const { rows, hidden, classes, a1, exp, sumExp } = pass;
  const { values, code, rowStart, rowCodes, rowMaxAbs } = valueCodes(x);
  const ratioOfCode = new Float64Array(values.length);
  const product = new Float64Array(x.cols);
  const scratch = new Float64Array(2 * classes);
  // Per class k of unit j: w, w²/2, w³/6, w⁴/24.
  const c1 = new Float64Array(classes);
  const c2 = new Float64Array(classes);
  const c3 = new Float64Array(classes);
  const c4 = new Float64Array(classes);
  for (let j = unitStart; j < unitEnd; j++) {
    let maxWeight = 0;
    for (let k = 0; k < classes; k++) {
      const w = w2[j * classes + k];
      c1[k] = w;
      c2[k] = (w * w) / 2;
      c3[k] = (w * w * w) / 6;
      c4[k] = (w * w * w * w) / 24;
      maxWeight = Math.max(maxWeight, Math.abs(w));
    }
    product.fill(1);
    let touched = false;
    for (let n = 0; n < rows; n++) {
      const a = a1[n * hidden + j];
      const reach = h * rowMaxAbs[n];
      if (a + reach <= 0) continue;
      touched = true;
      const e0 = n * classes;
      if (a - reach > 0 && reach * maxWeight <= SERIES_LIMIT) {
        let m1 = 0;
        let m2 = 0;
        let m3 = 0;
        let m4 = 0;
        for (let k = 0; k < classes; k++) {
          const e = exp[e0 + k];
          m1 += e * c1[k];
          m2 += e * c2[k];
          m3 += e * c3[k];
          m4 += e * c4[k];
        }
        const sum = sumExp[n];
        const single = t.start[n + 1] - t.start[n] === 1 && t.weight[t.start[n]] === 1;
        // Labels (one target of weight 1): the target's numbers stay in registers across the row.
        const c = t.cls[t.start[n]];
        const ec = exp[e0 + c];
        const [w1c, w2c, w3c, w4c] = [c1[c], c2[c], c3[c], c4[c]];
        for (let q = rowStart[n]; q < rowStart[n + 1]; q++) {
          const d = h * values[rowCodes[q]];
          const dd = d * d;
          const odd = d * (m1 + dd * m3);
          const even = dd * (m2 + dd * m4);
          const sumPlus = sum + (even + odd);
          const sumMinus = sum + (even - odd);
          let ratio = 1;
          if (single) {
            const fOdd = d * (w1c + dd * w3c);
            const fEven = dd * (w2c + dd * w4c);
            // targetRatio written out, as this is the innermost loop.
            ratio = ((ec * (1 + (fEven - fOdd)) + CEE_DELTA * sumMinus) * sumPlus) / ((ec * (1 + (fEven + fOdd)) + CEE_DELTA * sumPlus) * sumMinus);
          } else {
            for (let p = t.start[n]; p < t.start[n + 1]; p++) {
              const k = t.cls[p];
              const fOdd = d * (c1[k] + dd * c3[k]);
              const fEven = dd * (c2[k] + dd * c4[k]);
              ratio *= targetRatio(exp[e0 + k] * (1 + (fEven + fOdd)), sumPlus, exp[e0 + k] * (1 + (fEven - fOdd)), sumMinus, t.weight[p]);
            }
          }
          ratioOfCode[rowCodes[q]] = ratio;
        }
      } else {
        for (let q = rowStart[n]; q < rowStart[n + 1]; q++) {
          const u = rowCodes[q];
          ratioOfCode[u] = hiddenMoveRatio(pass, t, n, a, h * values[u], w2, j, scratch);
        }
      }
      for (let p = x.start[n]; p < x.start[n + 1]; p++) product[x.index[p]] *= ratioOfCode[code[p]];
    }
    if (touched) for (let i = 0; i < x.cols; i++) out[i * hidden + j] = Math.log(product[i]) * scale;
  }
}
