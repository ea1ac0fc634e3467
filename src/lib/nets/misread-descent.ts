/**
 * Gradient descent on the notes' misread simpleNet loss: the one-hot t = (0, 0, 1) used as class
 * indices, so L = −Σ_k c_k log(y_k + δ) with c_k = how often k appears in t, i.e. c = (2, 1, 0).
 * Its score gradient is ∂L/∂a = (Σ_k c_k)·y − c = 3y − (2, 1, 0), so descent drives y toward c / 3
 * = (2/3, 1/3, 0): the true class's probability falls to 0 while class 0 rises.
 */
import { LossInputError } from '../losses';
import { matrix, outer } from '../matrix';
import { SimpleNet } from './simple-net';

/** c_k: how many entries of t NumPy would read as index k ((0, 0, 1) → (2, 1, 0)). */
export function misreadCounts(oneHotT: ArrayLike<number>, classes: number): Float64Array {
  const counts = new Float64Array(classes);
  for (let k = 0; k < oneHotT.length; k++) {
    const index = oneHotT[k];
    if (!Number.isInteger(index) || index < 0 || index >= classes) {
      throw new LossInputError('bad-label', `misreadCounts: entry ${k} of t is ${index}, which NumPy could not use as an index`);
    }
    counts[index] += 1;
  }
  return counts;
}

/** ∂L/∂a for the misread loss: (Σc)·y − c, exact apart from the δ inside the log. */
export function misreadScoreGradient(net: SimpleNet, x: ArrayLike<number>, oneHotT: ArrayLike<number>): Float64Array {
  const y = net.probabilities(x);
  const counts = misreadCounts(oneHotT, y.length);
  const total = counts.reduce((sum, c) => sum + c, 0);
  return y.map((yk, k) => total * yk - counts[k]);
}

/** ∂L/∂a for the loss as meant: y − t. */
export function correctScoreGradient(net: SimpleNet, x: ArrayLike<number>, oneHotT: ArrayLike<number>): Float64Array {
  const y = net.probabilities(x);
  if (oneHotT.length !== y.length) {
    throw new LossInputError('shape-mismatch', `correctScoreGradient: t has ${oneHotT.length} entries but the net has ${y.length} classes`);
  }
  return y.map((yk, k) => yk - oneHotT[k]);
}

/** `steps` steps W ← W − lr·xᵀ(∂L/∂a) on the misread loss; every net visited, nets[0] = start. */
export function misreadDescent(start: SimpleNet, x: ArrayLike<number>, oneHotT: ArrayLike<number>, learningRate: number, steps: number): SimpleNet[] {
  if (!Number.isInteger(steps) || steps < 0) throw new RangeError(`misreadDescent: steps must be a non-negative integer, got ${steps}`);
  const nets = [start];
  for (let s = 0; s < steps; s++) {
    const net = nets[s];
    const grad = outer(x, misreadScoreGradient(net, x, oneHotT));
    nets.push(new SimpleNet(matrix(net.W.rows, net.W.cols, net.W.data.map((w, i) => w - learningRate * grad.data[i]))));
  }
  return nets;
}
