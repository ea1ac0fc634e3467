/**
 * How one row's loss changes when a single parameter moves by ±h, from the cached forward pass:
 * a moved hidden unit multiplies the row's exp(a2 − max) by per-class factors, a moved logit
 * multiplies one of them. Only that row is recomputed, exactly (no derivative is approximated).
 *
 * Each function returns the ratio r = exp(L_n(+) − L_n(−)) = Π_c ((y⁻_c + δ)/(y⁺_c + δ))^t_c
 * rather than the difference, so that a sum over rows becomes a product and costs one logarithm.
 */
import { CEE_DELTA } from '../losses';
import type { ForwardPass } from './forward-pass';
import type { SparseTargets } from './targets';

/**
 * r for row n when its exps are multiplied by factors fp[fpAt + k] (the + move) and fm[fmAt + k]
 * (the − move); a null factor row means that move leaves the row unchanged.
 */
export function unitMoveRatio(
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
  let ratio = 1;
  for (let p = t.start[n]; p < t.start[n + 1]; p++) {
    const c = t.cls[p];
    const ePlus = fp === null ? e[e0 + c] : e[e0 + c] * fp[fpAt + c];
    const eMinus = fm === null ? e[e0 + c] : e[e0 + c] * fm[fmAt + c];
    ratio *= targetRatio(ePlus, sumPlus, eMinus, sumMinus, t.weight[p]);
  }
  return ratio;
}

/** r for row n when only logit k moves, by +Δ and by −Δ; gp = expm1(Δ), gm = expm1(−Δ) keep Σ exp exact to rounding. */
export function logitMoveRatio(pass: ForwardPass, t: SparseTargets, n: number, k: number, gp: number, gm: number): number {
  const e0 = n * pass.classes;
  const ek = pass.exp[e0 + k];
  const sumPlus = pass.sumExp[n] + ek * gp;
  const sumMinus = pass.sumExp[n] + ek * gm;
  let ratio = 1;
  for (let p = t.start[n]; p < t.start[n + 1]; p++) {
    const c = t.cls[p];
    const ec = pass.exp[e0 + c];
    ratio *= targetRatio(c === k ? ec + ec * gp : ec, sumPlus, c === k ? ec + ec * gm : ec, sumMinus, t.weight[p]);
  }
  return ratio;
}

/**
 * r for row n when hidden unit j (pre-activation a) moves by +d and by −d, however ReLU cuts it:
 * Δz = max(0, a ± d) − max(0, a), and logit k then moves by Δz·W2[j, k]. `scratch` holds 2K numbers.
 */
export function hiddenMoveRatio(
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
  if (zPlus === 0 && zMinus === 0) return 1;
  for (let k = 0; k < classes; k++) {
    scratch[k] = Math.exp(zPlus * w2[j * classes + k]);
    scratch[classes + k] = Math.exp(zMinus * w2[j * classes + k]);
  }
  return unitMoveRatio(pass, t, n, zPlus === 0 ? null : scratch, 0, zMinus === 0 ? null : scratch, classes);
}

/**
 * Rows whose ratios are multiplied before the product is folded into a sum of logarithms. δ keeps
 * every row's ratio between 1e−7 and 1e7; overflow would take an average change of more than
 * 5.5 nats per row over a whole block, far beyond what a step of h = 1e−4 does to a loss.
 */
export const ROWS_PER_PRODUCT = 128;

/** logSums[i] += log(products[i]), then products[i] = 1. */
export function foldProducts(products: Float64Array, logSums: Float64Array): void {
  for (let i = 0; i < products.length; i++) {
    logSums[i] += Math.log(products[i]);
    products[i] = 1;
  }
}

/** ((e⁻/S⁻ + δ)/(e⁺/S⁺ + δ))^weight, over one common denominator. */
export function targetRatio(ePlus: number, sumPlus: number, eMinus: number, sumMinus: number, weight: number): number {
  const r = ((eMinus + CEE_DELTA * sumMinus) * sumPlus) / ((ePlus + CEE_DELTA * sumPlus) * sumMinus);
  return weight === 1 ? r : r ** weight;
}

/** max(0, a + d) − max(0, a), and exactly d while the unit stays active. */
function reluMove(a: number, d: number): number {
  const after = a + d;
  if (a > 0) return after > 0 ? d : -a;
  return after > 0 ? after : 0;
}
