/**
 * The row ratios exp(L_n(+) − L_n(−)) of W1's incremental gradient for a unit that stays active, from
 * a series instead of exponentials. W1[i, j] ± h moves unit j of row n by ±d, which multiplies the
 * row's exp(a2_k − max) by exp(±d·W2[j, k]); the new softmax sum S± = Σ_k e_k·exp(±d·w_k) is
 * evaluated from four weighted power sums of W2's row, M_m = Σ_k e_k·w_k^m / m!, kept per (row, unit):
 * S± = S ± d·M1 + d²·M2 ± d³·M3 + d⁴·M4. That is the exponential series cut after d⁴; while
 * |d·w_k| ≤ 1e−3 the rest is below 1e−17 of S, under float64 rounding, so the sum is the same number
 * the full exponentials give.
 */
import { CEE_DELTA } from '../losses';
import type { ForwardPass } from './forward-pass';
import { targetRatio } from './loss-change';
import type { SparseTargets } from './targets';

/** Largest |d·w| for which the series to d⁴ matches exp(d·w) to float64 rounding. */
export const SERIES_LIMIT = 1e-3;

/** Per unit j′ and class k: w, w²/2, w³/6, w⁴/24 at coef[(4j′ + m)·K + k], and max_k |w|. */
export interface SeriesCoefficients {
  classes: number;
  coef: Float64Array;
  maxWeight: Float64Array;
}

/** The coefficients for units unitStart … unitEnd − 1 of W2 (H × K, row-major). */
export function seriesCoefficients(w2: Float64Array, classes: number, unitStart: number, unitEnd: number): SeriesCoefficients {
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

/** ratio[s·units + j′] for row n's distinct values (steps d = step[s], s < count), unit j′ active throughout: S± from the power sums M1…M4. */
export function seriesRatios(
  pass: ForwardPass,
  t: SparseTargets,
  n: number,
  series: SeriesCoefficients,
  jj: number,
  step: Float64Array,
  count: number,
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
  for (let s = 0; s < count; s++) {
    const d = step[s];
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
    ratio[s * units + jj] = r;
  }
}
