/**
 * The notes' simpleNet: one weight matrix W (inputs × classes), scores = xW,
 * loss L = CEE(softmax(xW), t), and its gradient ∂L/∂W.
 */
import { numericalGradient } from '../gradient';
import { CEE_DELTA, crossEntropyError, LossInputError, oneHot, softmax } from '../losses';
import { argmax, matrix, outer, vecDot, type Matrix } from '../matrix';
import type { Rng } from '../random';

/** The true class: a class index k, or a one-hot (or probability) vector t of length K. */
export type Target = number | ArrayLike<number>;

/** The inputs the notes use: x = (0.6, 0.9), t = (0, 0, 1), and the W their randn happened to draw (printed to 8 decimals). */
export const NOTES_SIMPLE_NET = {
  W: [
    [-0.32688493, 0.66694564, -0.33586083],
    [0.84330568, -0.52344912, -0.53677751],
  ],
  x: [0.6, 0.9],
  t: [0, 0, 1],
} as const;

/** How far outputs recomputed from that W may lie from the notes' printout: 1 in the 8th decimal. */
export const NOTES_PRINT_TOLERANCE = 1e-8;

/** A one-layer network without bias: scores = xW with W of shape (inputs × classes). */
export class SimpleNet {
  readonly W: Matrix;

  constructor(W: Matrix) {
    if (W.rows === 0 || W.cols === 0) throw new RangeError('SimpleNet: W must have at least one row and one column');
    if (!W.data.every(Number.isFinite)) throw new RangeError('SimpleNet: every weight must be a finite number');
    this.W = W;
  }

  /** W ~ N(0, 1) elementwise, shape (inputs × classes), like np.random.randn(2, 3). */
  static random(rng: Rng, inputs = 2, classes = 3): SimpleNet {
    const data = new Float64Array(inputs * classes);
    for (let i = 0; i < data.length; i++) data[i] = rng.randn();
    return new SimpleNet(matrix(inputs, classes, data));
  }

  /** scores a = xW: (inputs) → (classes). These are logits, not probabilities. */
  predict(x: ArrayLike<number>): Float64Array {
    return vecDot(x, this.W);
  }

  /** y = softmax(xW): the class probabilities. */
  probabilities(x: ArrayLike<number>): Float64Array {
    return softmax(this.predict(x));
  }

  /** The predicted class argmax_k (xW)_k (softmax keeps the order, so scores and probabilities agree). */
  predictedClass(x: ArrayLike<number>): number {
    return argmax(this.predict(x));
  }

  /** L = −Σ_k t_k log(y_k + δ) with y = softmax(xW); t a class index or one-hot. */
  loss(x: ArrayLike<number>, t: Target): number {
    return crossEntropyError(this.probabilities(x), t);
  }

  /** ∂L/∂W by central differences (h = 1e−4), one weight w_ij at a time; shape (inputs × classes). */
  numericalGradient(x: ArrayLike<number>, t: Target): Matrix {
    return gradientOf(this.W, (net) => net.loss(x, t));
  }

  /** ∂L/∂W = x ⊗ (softmax(xW) − t), shape (inputs × classes); exact apart from the δ inside the log. */
  analyticGradient(x: ArrayLike<number>, t: Target): Matrix {
    const y = this.probabilities(x);
    const target = targetVector(t, this.W.cols);
    return outer(x, y.map((yk, k) => yk - target[k]));
  }

  /** One step of gradient descent W ← W − lr·∂L/∂W (numerical gradient); returns a new net. */
  step(x: ArrayLike<number>, t: Target, learningRate: number): SimpleNet {
    const grad = this.numericalGradient(x, t);
    return new SimpleNet(matrix(this.W.rows, this.W.cols, this.W.data.map((w, i) => w - learningRate * grad.data[i])));
  }
}

/** `steps` repeated steps W ← W − lr·∂L/∂W; every net visited, nets[0] = start (length steps + 1). */
export function descend(start: SimpleNet, x: ArrayLike<number>, t: Target, learningRate: number, steps: number): SimpleNet[] {
  if (!Number.isInteger(steps) || steps < 0) throw new RangeError(`descend: steps must be a non-negative integer, got ${steps}`);
  const nets = [start];
  for (let s = 0; s < steps; s++) nets.push(nets[s].step(x, t, learningRate));
  return nets;
}

/**
 * The loss the notes print: their label-index CEE −(1/N) Σ_n log(y[n, t_n] + δ), with N = 1, fed the
 * one-hot t as if it were labels. NumPy's indexing y[arange(1), t] then picks y[t_0], y[t_1], y[t_2]:
 * for t = (0, 0, 1) that is −(2·log(y_0 + δ) + log(y_1 + δ)). Reproduced only to explain 2.4266863….
 */
export function notesMisreadLoss(net: SimpleNet, x: ArrayLike<number>, oneHotT: ArrayLike<number>): number {
  const y = net.probabilities(x);
  let sum = 0;
  for (let k = 0; k < oneHotT.length; k++) {
    const index = oneHotT[k];
    if (!Number.isInteger(index) || index < 0 || index >= y.length) {
      throw new LossInputError('bad-label', `notesMisreadLoss: entry ${k} of t is ${index}, which NumPy could not use as an index`);
    }
    sum -= Math.log(y[index] + CEE_DELTA);
  }
  return sum;
}

/** The notes' printed "gradient": ∂(notesMisreadLoss)/∂W by central differences; shape (inputs × classes). */
export function notesMisreadGradient(net: SimpleNet, x: ArrayLike<number>, oneHotT: ArrayLike<number>): Matrix {
  return gradientOf(net.W, (probe) => notesMisreadLoss(probe, x, oneHotT));
}

/** max_ij |A_ij − B_ij| for two matrices of one shape. */
export function maxAbsDifference(a: Matrix, b: Matrix): number {
  if (a.rows !== b.rows || a.cols !== b.cols) {
    throw new RangeError(`maxAbsDifference: shapes (${a.rows}, ${a.cols}) and (${b.rows}, ${b.cols}) differ`);
  }
  let max = 0;
  for (let i = 0; i < a.data.length; i++) max = Math.max(max, Math.abs(a.data[i] - b.data[i]));
  return max;
}

// numericalGradient nudges the array it is given in place; the probe net wraps that very array,
// so each nudge is seen by the loss, as in the notes' `f(W)` that reads net.W.
function gradientOf(W: Matrix, lossOf: (net: SimpleNet) => number): Matrix {
  const w = Float64Array.from(W.data);
  const probe = new SimpleNet(matrix(W.rows, W.cols, w));
  return matrix(W.rows, W.cols, numericalGradient(() => lossOf(probe), w));
}

function targetVector(t: Target, classes: number): ArrayLike<number> {
  if (typeof t === 'number') return oneHot([t], classes).data;
  if (t.length !== classes) {
    throw new LossInputError('shape-mismatch', `SimpleNet: t has ${t.length} entries but the net has ${classes} classes`);
  }
  return t;
}
