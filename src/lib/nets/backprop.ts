/**
 * Backpropagation for the two-layer network: the chain rule run backwards through
 * softmax-with-loss, the second affine layer, ReLU and the first affine layer.
 */
import { CEE_DELTA } from '../losses';
import { type ForwardPass, batchProbabilities } from './forward-pass';
import { addScaledRows } from './sparse-kernel';
import { type SparseRows, sparseColumns } from './sparse-rows';
import type { SparseTargets } from './targets';
import { type TwoLayerParams, zerosLike } from './two-layer-params';

/**
 * ∂L/∂(W1, b1, W2, b2) for L = −(1/N) Σ_n Σ_c t_nc log(y_nc + δ).
 * Output layer: ∂L/∂a2[n,k] = (y_k·Σ_c t_c r_c − t_k r_k)/N with r_c = y_c/(y_c + δ) — the textbook (y − t)/N
 * when δ = 0; keeping δ makes the gradient check measure only the finite-difference error.
 * With the notes' softmax over the whole batch (`wholeBatch`), y is one distribution over all N·K entries
 * and the sum Σ t_c r_c runs over every row: ∂L/∂a2[n,k] = (y_nk·Σ_m Σ_c t_mc r_mc − t_nk r_nk)/N.
 * Then dW2 = z1ᵀ·dA2, db2 = Σ_n dA2, dA1 = (dA2·W2ᵀ) ⊙ [a1 > 0], dW1 = xᵀ·dA1, db1 = Σ_n dA1.
 * `columns` is x column by column (sparseColumns(x)), for a caller that has it already.
 */
export function backpropGradient(params: TwoLayerParams, x: SparseRows, t: SparseTargets, pass: ForwardPass, wholeBatch = false, columns: SparseRows = sparseColumns(x)): TwoLayerParams {
  const { rows, hidden, classes, a1, exp, sumExp } = pass;
  const shared = wholeBatch ? batchProbabilities(pass) : null;
  const yOf = (n: number, k: number) => (shared ? shared[n * classes + k] : exp[n * classes + k] / sumExp[n]);
  let batchTargetSum = 0;
  if (shared) {
    for (let n = 0; n < rows; n++) {
      for (let p = t.start[n]; p < t.start[n + 1]; p++) {
        const y = yOf(n, t.cls[p]);
        batchTargetSum += t.weight[p] * (y / (y + CEE_DELTA));
      }
    }
  }
  const grads = zerosLike(params);
  const dW1 = grads.W1.data;
  const dW2 = grads.W2.data;
  const { b1: db1, b2: db2 } = grads;
  const w2 = params.W2.data;
  const dA2 = new Float64Array(classes);
  const dA1 = new Float64Array(rows * hidden);
  for (let n = 0; n < rows; n++) {
    let targetSum = 0;
    for (let k = 0; k < classes; k++) dA2[k] = 0;
    for (let p = t.start[n]; p < t.start[n + 1]; p++) {
      const y = yOf(n, t.cls[p]);
      const r = t.weight[p] * (y / (y + CEE_DELTA));
      targetSum += r;
      dA2[t.cls[p]] -= r / rows;
    }
    if (shared) targetSum = batchTargetSum;
    for (let k = 0; k < classes; k++) {
      dA2[k] += (yOf(n, k) * targetSum) / rows;
      db2[k] += dA2[k];
    }
    const h0 = n * hidden;
    for (let j = 0; j < hidden; j++) {
      const a = a1[h0 + j];
      if (a <= 0) continue;
      let dz = 0;
      const w0 = j * classes;
      for (let k = 0; k < classes; k++) {
        dz += dA2[k] * w2[w0 + k];
        dW2[w0 + k] += a * dA2[k];
      }
      dA1[h0 + j] = dz;
      db1[j] += dz;
    }
  }
  firstLayerWeights(columns, dA1, hidden, dW1);
  return grads;
}

/** dW1 = xᵀ·dA1, one pixel (row of dW1) at a time. */
function firstLayerWeights(columns: SparseRows, dA1: Float64Array, hidden: number, dW1: Float64Array): void {
  for (let i = 0; i < columns.rows; i++) {
    addScaledRows(dW1, i * hidden, dA1, hidden, columns.index, columns.value, columns.start[i], columns.start[i + 1]);
  }
}
