/**
 * The notes' central differences, (L(θ + h·e_p) − L(θ − h·e_p)) / 2h for every parameter, computed
 * exactly but incrementally from one cached forward pass. Moving one parameter touches little:
 * W1[i, j] moves hidden unit j only in rows where x[n, i] ≠ 0, b1[j] moves unit j in every row,
 * W2[j, k] and b2[k] move logit k. So only the touched rows' losses are recomputed, and since the
 * untouched rows cancel, L(+) − L(−) = (1/N) Σ_touched rows (L_n(+) − L_n(−)); each row's change is
 * kept as the ratio exp(L_n(+) − L_n(−)) and the sum over rows is the logarithm of their product
 * (taken every ROWS_PER_PRODUCT rows).
 *
 * Splitting across workers: each worker calls incrementalNumericalGradient with one of the
 * shares from splitShares(hiddenSize, workers); a share fills W1[:, j], b1[j] and W2[j, :] for its
 * hidden units (and b2 if it has outputBias) and leaves zeros elsewhere, so sumParams of all the
 * shares is the whole gradient.
 */
import { DEFAULT_H } from '../gradient';
import { CEE_DELTA } from '../losses';
import type { Matrix } from '../matrix';
import { type ForwardPass, forwardPass } from './forward-pass';
import { ROWS_PER_PRODUCT, foldProducts, hiddenMoveRatio, logitMoveRatio, unitMoveRatio } from './loss-change';
import { type SparseRows, asSparseRows } from './sparse-rows';
import { type SparseTargets, sparseTargets } from './targets';
import { type TwoLayerParams, paramArrays, paramSizes, sameShapes, zerosLike } from './two-layer-params';
import type { Scratch } from './scratch';
import { firstLayerGradient } from './incremental-first-layer';

/** The part of the gradient one caller computes: hidden units unitStart … unitEnd − 1, and b2 if outputBias. */
export interface GradientShare {
  unitStart: number;
  unitEnd: number;
  outputBias: boolean;
}

/** `parts` contiguous shares of the hidden units, sizes differing by at most one; the first also takes b2. */
export function splitShares(hiddenSize: number, parts: number): GradientShare[] {
  if (!Number.isInteger(parts) || parts < 1 || parts > hiddenSize) {
    throw new RangeError(`splitShares: cannot split ${hiddenSize} hidden units into ${parts} shares`);
  }
  const shares: GradientShare[] = [];
  for (let s = 0; s < parts; s++) {
    shares.push({
      unitStart: Math.floor((s * hiddenSize) / parts),
      unitEnd: Math.floor(((s + 1) * hiddenSize) / parts),
      outputBias: s === 0,
    });
  }
  return shares;
}

/** Memory a training loop lends incrementalNumericalGradient so that it allocates nothing large per call. */
export interface GradientMemory {
  /** For the forward pass, the value codes and the ratios. */
  scratch?: Scratch;
  /** The arrays to write the gradient to (the shapes of the parameters; overwritten); fresh ones when absent. */
  into?: TwoLayerParams;
}

/**
 * ∇L by central differences with step h, equal to the naive method up to rounding; only `share` is
 * filled (default: all), zeros elsewhere. x is N × D, dense or already as its sparse rows (the same
 * numbers either way).
 */
export function incrementalNumericalGradient(
  params: TwoLayerParams,
  x: Matrix | SparseRows,
  t: Matrix | ArrayLike<number>,
  share?: GradientShare,
  h = DEFAULT_H,
  memory: GradientMemory = {},
): TwoLayerParams {
  const { hiddenSize, outputSize } = paramSizes(params);
  const { unitStart, unitEnd, outputBias } = share ?? { unitStart: 0, unitEnd: hiddenSize, outputBias: true };
  if (!Number.isInteger(unitStart) || !Number.isInteger(unitEnd) || unitStart < 0 || unitEnd > hiddenSize || unitStart > unitEnd) {
    throw new RangeError(`incrementalNumericalGradient: units ${unitStart}…${unitEnd} are not inside 0…${hiddenSize}`);
  }
  const xs = asSparseRows(x);
  const ts = sparseTargets(t, x.rows, outputSize);
  const pass = forwardPass(params, xs, memory.scratch);
  const grads = memory.into ? cleared(memory.into, params) : zerosLike(params);
  const scale = 1 / (2 * h * x.rows);
  if (outputBias) outputBiasGradient(pass, ts, h, scale, grads.b2);
  // Arrays of K or 2K numbers for the units in turn: allocated per unit, they cost more than the unit's arithmetic.
  const perUnit = { product: new Float64Array(outputSize), logSum: new Float64Array(outputSize), factors: new Float64Array(2 * outputSize), moved: new Float64Array(2 * outputSize) };
  for (let j = unitStart; j < unitEnd; j++) {
    secondLayerRow(pass, ts, h, scale, j, grads.W2.data, perUnit.product.fill(1), perUnit.logSum.fill(0));
    grads.b1[j] = hiddenBiasGradient(pass, ts, h, scale, j, params.W2.data, perUnit.factors, perUnit.moved);
  }
  firstLayerGradient(pass, ts, xs, params.W2.data, h, scale, unitStart, unitEnd, grads.W1.data, memory.scratch);
  return grads;
}

/** `into` set to zeros, after checking that it has the shapes of params. */
function cleared(into: TwoLayerParams, params: TwoLayerParams): TwoLayerParams {
  if (!sameShapes(into, params)) throw new RangeError('incrementalNumericalGradient: `into` does not have the shapes of the parameters');
  for (const a of paramArrays(into)) a.fill(0);
  return into;
}

/** ∂L/∂b2[k]: logit k of every row moves by ±h. */
function outputBiasGradient(pass: ForwardPass, t: SparseTargets, h: number, scale: number, out: Float64Array): void {
  // Imported bindings can cost a lookup per use under some module loaders, so hot loops read a local.
  const block = ROWS_PER_PRODUCT;
  const gp = Math.expm1(h);
  const gm = Math.expm1(-h);
  for (let k = 0; k < pass.classes; k++) {
    const product = Float64Array.of(1);
    const logSum = Float64Array.of(0);
    for (let n = 0; n < pass.rows; n++) {
      product[0] *= logitMoveRatio(pass, t, n, k, gp, gm);
      if ((n + 1) % block === 0) foldProducts(product, logSum);
    }
    foldProducts(product, logSum);
    out[k] = logSum[0] * scale;
  }
}

/**
 * ∂L/∂W2[j, k] for every k: logit k of row n moves by ±h·z1[n, j], so rows where unit j is off are
 * untouched. `product` (K ones) and `logSum` (K zeros) are the running product and sum of logarithms.
 */
function secondLayerRow(pass: ForwardPass, t: SparseTargets, h: number, scale: number, j: number, out: Float64Array, product: Float64Array, logSum: Float64Array): void {
  const block = ROWS_PER_PRODUCT;
  const { rows, hidden, classes, a1 } = pass;
  for (let n = 0; n < rows; n++) {
    if (n % block === 0) foldProducts(product, logSum);
    const z = a1[n * hidden + j];
    if (z <= 0) continue;
    const gp = Math.expm1(h * z);
    const gm = Math.expm1(-h * z);
    if (t.start[n + 1] - t.start[n] !== 1 || t.weight[t.start[n]] !== 1) {
      for (let k = 0; k < classes; k++) product[k] *= logitMoveRatio(pass, t, n, k, gp, gm);
      continue;
    }
    // A labelled row, with logitMoveRatio written out for its single target c.
    const c = t.cls[t.start[n]];
    const e0 = n * classes;
    const ec = pass.exp[e0 + c];
    for (let k = 0; k < classes; k++) {
      const sumPlus = pass.sumExp[n] + pass.exp[e0 + k] * gp;
      const sumMinus = pass.sumExp[n] + pass.exp[e0 + k] * gm;
      const ePlus = k === c ? ec + ec * gp : ec;
      const eMinus = k === c ? ec + ec * gm : ec;
      product[k] *= ((eMinus + CEE_DELTA * sumMinus) * sumPlus) / ((ePlus + CEE_DELTA * sumPlus) * sumMinus);
    }
  }
  foldProducts(product, logSum);
  for (let k = 0; k < classes; k++) out[j * classes + k] = logSum[k] * scale;
}

/**
 * ∂L/∂b1[j]: unit j of every row moves by ±h (factors exp(±h·W2[j, k]) shared while the unit stays
 * active); `factors` and `moved` are room for 2K numbers each.
 */
function hiddenBiasGradient(pass: ForwardPass, t: SparseTargets, h: number, scale: number, j: number, w2: Float64Array, factors: Float64Array, moved: Float64Array): number {
  const block = ROWS_PER_PRODUCT;
  const { rows, hidden, classes, a1 } = pass;
  for (let k = 0; k < classes; k++) {
    factors[k] = Math.exp(h * w2[j * classes + k]);
    factors[classes + k] = Math.exp(-h * w2[j * classes + k]);
  }
  const product = Float64Array.of(1);
  const logSum = Float64Array.of(0);
  for (let n = 0; n < rows; n++) {
    const a = a1[n * hidden + j];
    product[0] *= a - h > 0 ? unitMoveRatio(pass, t, n, factors, 0, factors, classes) : hiddenMoveRatio(pass, t, n, a, h, w2, j, moved);
    if ((n + 1) % block === 0) foldProducts(product, logSum);
  }
  foldProducts(product, logSum);
  return logSum[0] * scale;
}
