/**
 * How one row's loss changes when a single parameter moves by ±h, from the cached forward pass:
 * a moved hidden unit multiplies the row's exp(a2 − max) by per-class factors, a moved logit
 * multiplies one of them. Only that row is recomputed, exactly (no derivative is approximated).
 */
import { CEE_DELTA } from '../losses';
import type { ForwardPass } from './forward-pass';
import type { SparseTargets } from './targets';

/**
 * L_n(+) − L_n(−) when row n's exps are multiplied by factors fp[fpAt + k] (the + move) and
 * fm[fmAt + k] (the − move); a null factor row means that move leaves the row unchanged.
 * L_n = −Σ_c t_c log(y_c + δ), so the difference is Σ_c t_c log((y⁻_c + δ) / (y⁺_c + δ)).
 */
export function unitMoveDiff(
  pass: ForwardPass,
  t: SparseTargets,
  n: number,
  fp: Float64Array | null,
  fpAt: number,
  fm: Float64Array | null,
  fmAt: number,
): number {
  const classes = pass.classes;
  const e = pass.exp;
  const e0 = n * classes;
  let sumPlus = pass.sumExp[n];
  let sumMinus = sumPlus;
  if (fp !== null) {
    sumPlus = 0;
    for (let k = 0; k < classes; k++) sumPlus += e[e0 + k] * fp[fpAt + k];
  }
  if (fm !== null) {
    sumMinus = 0;
    for (let k = 0; k < classes; k++) sumMinus += e[e0 + k] * fm[fmAt + k];
  }
  let diff = 0;
  for (let p = t.start[n]; p < t.start[n + 1]; p++) {
    const c = t.cls[p];
    const yPlus = (fp === null ? e[e0 + c] : e[e0 + c] * fp[fpAt + c]) / sumPlus;
    const yMinus = (fm === null ? e[e0 + c] : e[e0 + c] * fm[fmAt + c]) / sumMinus;
    diff += t.weight[p] * Math.log((yMinus + CEE_DELTA) / (yPlus + CEE_DELTA));
  }
  return diff;
}

/**
 * L_n(+) − L_n(−) when only logit k of row n moves, by +Δ and by −Δ; gp = expm1(Δ), gm = expm1(−Δ)
 * (expm1 keeps the sum Σ exp exact to rounding when Δ is tiny).
 */
export function logitMoveDiff(pass: ForwardPass, t: SparseTargets, n: number, k: number, gp: number, gm: number): number {
  const e0 = n * pass.classes;
  const ek = pass.exp[e0 + k];
  const sumPlus = pass.sumExp[n] + ek * gp;
  const sumMinus = pass.sumExp[n] + ek * gm;
  let diff = 0;
  for (let p = t.start[n]; p < t.start[n + 1]; p++) {
    const c = t.cls[p];
    const ec = pass.exp[e0 + c];
    const yPlus = (c === k ? ec + ec * gp : ec) / sumPlus;
    const yMinus = (c === k ? ec + ec * gm : ec) / sumMinus;
    diff += t.weight[p] * Math.log((yMinus + CEE_DELTA) / (yPlus + CEE_DELTA));
  }
  return diff;
}

/**
 * L_n(+) − L_n(−) when hidden unit j of row n (pre-activation a) moves by +d and by −d, however
 * ReLU cuts it: Δz = max(0, a ± d) − max(0, a), and logit k then moves by Δz·W2[j, k].
 * `scratch` holds 2K numbers.
 */
export function hiddenMoveDiff(
  pass: ForwardPass,
  t: SparseTargets,
  n: number,
  a: number,
  d: number,
  w2: Float64Array,
  j: number,
  scratch: Float64Array,
): number {
  const classes = pass.classes;
  const zPlus = reluMove(a, d);
  const zMinus = reluMove(a, -d);
  if (zPlus === 0 && zMinus === 0) return 0;
  for (let k = 0; k < classes; k++) {
    scratch[k] = Math.exp(zPlus * w2[j * classes + k]);
    scratch[classes + k] = Math.exp(zMinus * w2[j * classes + k]);
  }
  return unitMoveDiff(pass, t, n, zPlus === 0 ? null : scratch, 0, zMinus === 0 ? null : scratch, classes);
}

/** max(0, a + d) − max(0, a), and exactly d while the unit stays active. */
function reluMove(a: number, d: number): number {
  const after = a + d;
  if (a > 0) return after > 0 ? d : -a;
  return after > 0 ? after : 0;
}
