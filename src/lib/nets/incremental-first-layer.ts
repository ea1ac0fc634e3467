/**
 * ∂L/∂W1 by incremental central differences, the bulk of the work (D·H of the D·H + H + H·K + K
 * parameters). W1[i, j] ± h moves unit j of row n by ±h·x[n, i], so the change of row n's loss
 * depends only on (n, j, value of x[n, i]): it is computed once per distinct value in the row and
 * added to every W1[i, j] whose pixel has that value. The factors exp(±h·v·W2[j, k]) depend only
 * on (j, v, sign, k) and are tabulated once per hidden unit.
 */
import type { ForwardPass } from './forward-pass';
import { hiddenMoveDiff, unitMoveDiff } from './loss-change';
import type { SparseRows } from './sparse-rows';
import type { SparseTargets } from './targets';
import { valueCodes } from './value-codes';

/** Adds scale·Σ_n (L_n(W1[i, j] + h) − L_n(W1[i, j] − h)) into out[i·H + j] for units unitStart … unitEnd − 1. */
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
  const { rows, hidden, classes, a1 } = pass;
  const { values, code, rowStart, rowCodes, rowMaxAbs } = valueCodes(x);
  const levels = values.length;
  const plus = new Float64Array(levels * classes);
  const minus = new Float64Array(levels * classes);
  const diffOfCode = new Float64Array(levels);
  const column = new Float64Array(x.cols);
  const scratch = new Float64Array(2 * classes);
  for (let j = unitStart; j < unitEnd; j++) {
    let anyActive = false;
    for (let n = 0; n < rows && !anyActive; n++) anyActive = a1[n * hidden + j] + h * rowMaxAbs[n] > 0;
    if (!anyActive) continue;
    for (let u = 0; u < levels; u++) {
      const d = h * values[u];
      for (let k = 0; k < classes; k++) {
        const w = w2[j * classes + k];
        plus[u * classes + k] = Math.exp(d * w);
        minus[u * classes + k] = Math.exp(-d * w);
      }
    }
    column.fill(0);
    for (let n = 0; n < rows; n++) {
      const a = a1[n * hidden + j];
      const reach = h * rowMaxAbs[n];
      if (a + reach <= 0) continue;
      if (a - reach > 0) {
        for (let q = rowStart[n]; q < rowStart[n + 1]; q++) {
          const u = rowCodes[q];
          diffOfCode[u] = unitMoveDiff(pass, t, n, plus, u * classes, minus, u * classes);
        }
      } else {
        for (let q = rowStart[n]; q < rowStart[n + 1]; q++) {
          const u = rowCodes[q];
          diffOfCode[u] = hiddenMoveDiff(pass, t, n, a, h * values[u], w2, j, scratch);
        }
      }
      for (let p = x.start[n]; p < x.start[n + 1]; p++) column[x.index[p]] += diffOfCode[code[p]];
    }
    for (let i = 0; i < x.cols; i++) out[i * hidden + j] = column[i] * scale;
  }
}
