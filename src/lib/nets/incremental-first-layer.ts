/**
 * ∂L/∂W1 by incremental central differences, the bulk of the work (D·H of the D·H + H + H·K + K
 * parameters). W1[i, j] ± h moves unit j of row n by ±h·x[n, i], so the change of row n's loss
 * depends only on (n, j, value of x[n, i]): it is computed once per distinct value in the row and
 * shared by every W1[i, j] whose pixel has that value. The factors exp(±h·v·W2[j, k]) depend only
 * on (j, v, sign, k) and are tabulated once per hidden unit.
 *
 * A row's change is L_n(+) − L_n(−) = log r_n with r_n = Π_c ((y⁻_c + δ)/(y⁺_c + δ))^t_c, so the
 * sum over rows is the logarithm of a product: one logarithm per weight instead of one per row.
 */
import { CEE_DELTA } from '../losses';
import type { ForwardPass } from './forward-pass';
import { hiddenMoveDiff } from './loss-change';
import type { SparseRows } from './sparse-rows';
import type { SparseTargets } from './targets';
import { valueCodes } from './value-codes';

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
  const { rows, hidden, classes, a1, exp } = pass;
  const { values, code, rowStart, rowCodes, rowMaxAbs } = valueCodes(x);
  const levels = values.length;
  const plus = new Float64Array(levels * classes);
  const minus = new Float64Array(levels * classes);
  const ratioOfCode = new Float64Array(levels);
  const product = new Float64Array(x.cols);
  const scratch = new Float64Array(2 * classes);
  for (let j = unitStart; j < unitEnd; j++) {
    let anyActive = false;
    for (let n = 0; n < rows && !anyActive; n++) anyActive = a1[n * hidden + j] + h * rowMaxAbs[n] > 0;
    if (!anyActive) continue;
    for (let u = 0; u < levels; u++) {
      const d = h * values[u];
      for (let k = 0; k < classes; k++) {
        const f = Math.exp(d * w2[j * classes + k]);
        plus[u * classes + k] = f;
        minus[u * classes + k] = 1 / f;
      }
    }
    product.fill(1);
    for (let n = 0; n < rows; n++) {
      const a = a1[n * hidden + j];
      const reach = h * rowMaxAbs[n];
      if (a + reach <= 0) continue;
      const e0 = n * classes;
      if (a - reach > 0) {
        // The unit stays active for every pixel value of this row: Δz = ±h·v exactly, factors from the table.
        for (let q = rowStart[n]; q < rowStart[n + 1]; q++) {
          const at = rowCodes[q] * classes;
          let sumPlus = 0;
          let sumMinus = 0;
          for (let k = 0; k < classes; k++) {
            sumPlus += exp[e0 + k] * plus[at + k];
            sumMinus += exp[e0 + k] * minus[at + k];
          }
          let ratio = 1;
          for (let p = t.start[n]; p < t.start[n + 1]; p++) {
            const c = t.cls[p];
            // (y⁻ + δ)/(y⁺ + δ) with y± = exp_c·f±_c / S±, over one common denominator.
            const r = ((exp[e0 + c] * minus[at + c] + CEE_DELTA * sumMinus) * sumPlus) / ((exp[e0 + c] * plus[at + c] + CEE_DELTA * sumPlus) * sumMinus);
            ratio *= t.weight[p] === 1 ? r : r ** t.weight[p];
          }
          ratioOfCode[rowCodes[q]] = ratio;
        }
      } else {
        for (let q = rowStart[n]; q < rowStart[n + 1]; q++) {
          const u = rowCodes[q];
          ratioOfCode[u] = Math.exp(hiddenMoveDiff(pass, t, n, a, h * values[u], w2, j, scratch));
        }
      }
      for (let p = x.start[n]; p < x.start[n + 1]; p++) product[x.index[p]] *= ratioOfCode[code[p]];
    }
    for (let i = 0; i < x.cols; i++) out[i * hidden + j] = Math.log(product[i]) * scale;
  }
}
