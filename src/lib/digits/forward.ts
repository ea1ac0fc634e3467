/**
 * One input through a stored two-layer network — the notes' predict for a single image,
 * keeping the hidden activations so a page can show them. Cheap enough to run on every stroke.
 */
import { softmax } from '../losses';

/** The parameters of a trained TwoLayerNet, row-major: W1 (inputSize × hiddenSize), W2 (hiddenSize × outputSize). */
export interface NetParams {
  inputSize: number;
  hiddenSize: number;
  outputSize: number;
  W1: ArrayLike<number>;
  b1: ArrayLike<number>;
  W2: ArrayLike<number>;
  b2: ArrayLike<number>;
}

/** What each layer produced for one input. */
export interface ForwardResult {
  /** z1 = ReLU(x·W1 + b1), length hiddenSize. */
  hidden: Float64Array;
  /** a2 = z1·W2 + b2 (the logits), length outputSize. */
  scores: Float64Array;
  /** y = softmax(a2), length outputSize. */
  probabilities: Float64Array;
}

/** z1 = ReLU(x·W1 + b1), a2 = z1·W2 + b2, y = softmax(a2) for one x of length inputSize. */
export function forwardDigit(params: NetParams, x: ArrayLike<number>): ForwardResult {
  const { inputSize: n, hiddenSize: h, outputSize: k, W1, b1, W2, b2 } = params;
  if (x.length !== n) throw new RangeError(`forwardDigit: input has ${x.length} values, the network takes ${n}`);
  if (W1.length !== n * h || b1.length !== h || W2.length !== h * k || b2.length !== k) {
    throw new RangeError('forwardDigit: parameter shapes do not match inputSize, hiddenSize and outputSize');
  }
  const hidden = Float64Array.from(b1);
  for (let i = 0; i < n; i++) {
    const xi = x[i];
    // A drawing is mostly paper: skipping zero pixels saves most of the work.
    if (xi === 0) continue;
    for (let j = 0; j < h; j++) hidden[j] += xi * W1[i * h + j];
  }
  for (let j = 0; j < h; j++) if (hidden[j] < 0) hidden[j] = 0;
  const scores = Float64Array.from(b2);
  for (let j = 0; j < h; j++) {
    const zj = hidden[j];
    if (zj === 0) continue;
    for (let c = 0; c < k; c++) scores[c] += zj * W2[j * k + c];
  }
  return { hidden, scores, probabilities: softmax(scores) };
}
