/**
 * The notes' two-layer network for MNIST: x (N × D) → affine W1, b1 → ReLU → affine W2, b2 →
 * softmax row by row → y (N × K), trained on the cross-entropy error. Its gradient comes from one
 * of three methods: the notes' naive numerical differentiation, the same central differences
 * computed incrementally, or backpropagation.
 */
import { createRng } from '../random';
import { type Matrix, matrix } from '../matrix';
import { crossEntropyError } from '../losses';
import { backpropGradient } from './backprop';
import { type ForwardPass, batchProbabilities, forwardPass, probabilities } from './forward-pass';
import { DEFAULT_H } from '../gradient';
import { incrementalNumericalGradient } from './incremental-gradient';
import { naiveNumericalGradientRange } from './naive-gradient';
import { Scratch } from './scratch';
import { type SparseRows, asSparseRows, sparseRows } from './sparse-rows';
import { sparseTargets, targetClasses } from './targets';
import { type TwoLayerParams, cloneParams, paramArrays, paramSizes, parameterCount, sameShapes, zerosLike } from './two-layer-params';

/** How the gradient is obtained. */
export type GradientMethod = 'naive' | 'incremental' | 'backprop';

/** What the softmax normalises: each row (each image) on its own, or the notes' whole batch at once (no axis). */
export type SoftmaxScope = 'row' | 'batch';

/** Layer sizes D, H, K; W ~ weightInitStd·N(0, 1) (default 0.01, as in the notes) from createRng(seed) (default 0); softmax per row unless told. */
export interface TwoLayerNetOptions {
  inputSize: number;
  hiddenSize: number;
  outputSize: number;
  weightInitStd?: number;
  seed?: number;
  softmax?: SoftmaxScope;
}

/** The network; `params` is public so that training code and the page can read and replace it. */
export class TwoLayerNet {
  params: TwoLayerParams;
  readonly softmax: SoftmaxScope;
  /** Memory for the forward passes of loss() and numericalGradient(), which a training loop repeats every iteration. */
  private readonly scratch = new Scratch();

  /** W1 (D × H) then W2 (H × K) filled row by row with weightInitStd·randn, b1 = b2 = 0. */
  constructor(opts: TwoLayerNetOptions) {
    const { inputSize, hiddenSize, outputSize, weightInitStd = 0.01, seed = 0, softmax = 'row' } = opts;
    this.softmax = softmax;
    for (const [name, size] of [['inputSize', inputSize], ['hiddenSize', hiddenSize], ['outputSize', outputSize]] as const) {
      if (!Number.isInteger(size) || size < 1) throw new RangeError(`TwoLayerNet: ${name} must be a positive integer, got ${size}`);
    }
    if (!Number.isFinite(weightInitStd) || weightInitStd < 0) {
      throw new RangeError(`TwoLayerNet: weightInitStd must be a finite number ≥ 0, got ${weightInitStd}`);
    }
    const rng = createRng(seed);
    const randn = (count: number): Float64Array => {
      const out = new Float64Array(count);
      if (weightInitStd === 0) return out;
      for (let i = 0; i < count; i++) out[i] = weightInitStd * rng.randn();
      return out;
    };
    this.params = {
      W1: matrix(inputSize, hiddenSize, randn(inputSize * hiddenSize)),
      b1: new Float64Array(hiddenSize),
      W2: matrix(hiddenSize, outputSize, randn(hiddenSize * outputSize)),
      b2: new Float64Array(outputSize),
    };
  }

  /** A network holding a copy of the given parameters (shapes checked). */
  static fromParams(params: TwoLayerParams, softmax: SoftmaxScope = 'row'): TwoLayerNet {
    const { inputSize, hiddenSize, outputSize } = paramSizes(params);
    const net = new TwoLayerNet({ inputSize, hiddenSize, outputSize, weightInitStd: 0, softmax });
    net.params = cloneParams(params);
    return net;
  }

  /** y = softmax(ReLU(x·W1 + b1)·W2 + b2), softmax over each row (or over the whole batch): N × D → N × K probabilities. */
  predict(x: Matrix): Matrix {
    const pass = this.forward(x);
    return matrix(pass.rows, pass.classes, this.probabilitiesOf(pass));
  }

  /** The logits a2 = ReLU(x·W1 + b1)·W2 + b2 before the softmax, N × K. */
  scores(x: Matrix): Matrix {
    const pass = this.forward(x);
    return matrix(pass.rows, pass.classes, pass.a2);
  }

  /**
   * Cross-entropy L = −(1/N) Σ_n Σ_k t_nk log(y_nk + δ) of predict(x) against labels or one-hot t;
   * x dense or as its sparse rows (the same number either way).
   */
  loss(x: Matrix | SparseRows, t: Matrix | ArrayLike<number>): number {
    const pass = forwardPass(this.params, asSparseRows(x), this.scratch);
    return crossEntropyError(matrix(pass.rows, pass.classes, this.probabilitiesOf(pass, this.scratch)), t);
  }

  /** Fraction of rows whose argmax_k y_nk equals the label (or the argmax of the one-hot row). */
  accuracy(x: Matrix, t: Matrix | ArrayLike<number>): number {
    const pass = this.forward(x);
    const expected = targetClasses(t);
    if (expected.length !== pass.rows) throw new RangeError(`accuracy: ${pass.rows} rows but ${expected.length} targets`);
    if (pass.rows === 0) return 0;
    let correct = 0;
    for (let n = 0; n < pass.rows; n++) {
      let best = 0;
      for (let k = 1; k < pass.classes; k++) if (pass.exp[n * pass.classes + k] > pass.exp[n * pass.classes + best]) best = k;
      if (best === expected[n]) correct++;
    }
    return correct / pass.rows;
  }

  /**
   * ∂L/∂θ ≈ (L(θ + h) − L(θ − h)) / 2h, h = 1e−4, for every parameter: the notes' loop ('naive') or the
   * same computed incrementally. To cut the work into slices or spread it over workers, use
   * naiveNumericalGradientRange and incrementalNumericalGradient with splitShares directly.
   * The incremental method recomputes only the rows a parameter touches, so it needs the row softmax.
   * x is dense or its sparse rows, which spare both methods building them again. The gradient goes
   * into `into` when given (arrays of the parameters' shapes, overwritten), which a training loop can
   * reuse from one iteration to the next.
   */
  numericalGradient(x: Matrix | SparseRows, t: Matrix | ArrayLike<number>, method: 'naive' | 'incremental', into?: TwoLayerParams): TwoLayerParams {
    if (method === 'incremental') {
      if (this.softmax === 'batch') throw new RangeError('numericalGradient: the incremental method needs the row softmax; with the whole-batch softmax every row changes');
      return incrementalNumericalGradient(this.params, x, t, undefined, DEFAULT_H, { scratch: this.scratch, into });
    }
    if (into && !sameShapes(into, this.params)) throw new RangeError('numericalGradient: `into` does not have the shapes of the parameters');
    const xs = asSparseRows(x);
    sparseTargets(t, x.rows, this.params.W2.cols);
    const batchLoss = (): number => {
      const pass = forwardPass(this.params, xs, this.scratch);
      return crossEntropyError(matrix(pass.rows, pass.classes, this.probabilitiesOf(pass, this.scratch)), t);
    };
    const grads = into ?? zerosLike(this.params);
    naiveNumericalGradientRange(this.params, batchLoss, 0, parameterCount(paramSizes(this.params)), grads);
    return grads;
  }

  /** ∂L/∂θ by backpropagation. */
  gradient(x: Matrix, t: Matrix | ArrayLike<number>): TwoLayerParams {
    return this.backprop(sparseRows(x), t).grads;
  }

  /**
   * ∂L/∂θ by backpropagation for a batch given as sparse rows, and the loss L of the same forward pass
   * (the parameters as they are, before any update): equal to loss(x, t), without a second pass.
   * `columns` is sparseColumns(x), when the caller has it already.
   */
  backprop(x: SparseRows, t: Matrix | ArrayLike<number>, columns?: SparseRows): { grads: TwoLayerParams; loss: number } {
    const ts = sparseTargets(t, x.rows, this.params.W2.cols);
    const pass = forwardPass(this.params, x);
    const grads = backpropGradient(this.params, x, ts, pass, this.softmax === 'batch', columns);
    return { grads, loss: crossEntropyError(matrix(pass.rows, pass.classes, this.probabilitiesOf(pass)), t) };
  }

  /** params ← params − learningRate·grads */
  update(grads: TwoLayerParams, learningRate: number): void {
    const target = paramArrays(this.params);
    const step = paramArrays(grads);
    for (let a = 0; a < 4; a++) {
      if (step[a].length !== target[a].length) throw new RangeError('update: the gradient does not have the shape of the parameters');
    }
    for (let a = 0; a < 4; a++) for (let i = 0; i < target[a].length; i++) target[a][i] -= learningRate * step[a][i];
  }

  private probabilitiesOf(pass: ForwardPass, scratch?: Scratch): Float64Array {
    return this.softmax === 'batch' ? batchProbabilities(pass) : probabilities(pass, scratch);
  }

  private forward(x: Matrix | SparseRows): ForwardPass {
    return forwardPass(this.params, asSparseRows(x));
  }
}
