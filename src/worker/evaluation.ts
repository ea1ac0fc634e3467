import type { ImageSet } from '../lib/mnist/types';
import type { TwoLayerNet } from '../lib/nets/two-layer-net';
import { predictFromBytes } from '../lib/nets/predict-bytes';
import { AUGMENTED_TEST_SEED, augmentImages } from '../lib/digits/augment';
import { createRng } from '../lib/random';

/** Images per step at most, and the multiply-adds of one step (250 images through 784-50-10): a few milliseconds. */
const CHUNK = 250;
const STEP_WORK = 250 * 784 * 50;

/** Every (count / size)-th index, so a subset spans the whole set (MNIST's test set is easier in its first half). */
export function stridedIndices(count: number, size: number): Int32Array {
  const n = Math.min(count, size);
  const out = new Int32Array(n);
  for (let k = 0; k < n; k++) out[k] = Math.floor((k * count) / n);
  return out;
}

/** All indices 0 … count − 1. */
export function allIndices(count: number): Int32Array {
  const out = new Int32Array(count);
  for (let k = 0; k < count; k++) out[k] = k;
  return out;
}

/**
 * The predicted class of every listed image for each network, one network and one chunk per step, the
 * chunk shrinking as the hidden layer grows so that a step stays short; the caller may pause between steps.
 * With `alive` (one array of H per network), marks the hidden units that fire.
 */
export function* predictClasses(nets: readonly TwoLayerNet[], set: ImageSet, indices: Int32Array, alive?: Uint8Array[]): Generator<void, Int32Array[]> {
  const pixels = set.rows * set.cols;
  const out = nets.map(() => new Int32Array(indices.length));
  const size = chunkSize(nets, pixels);
  for (let start = 0; start < indices.length; start += size) {
    const chunk = indices.subarray(start, Math.min(indices.length, start + size));
    for (let k = 0; k < nets.length; k++) {
      predictFromBytes(nets[k].params, set.images, pixels, chunk, out[k], start, alive?.[k]);
      yield;
    }
  }
  return out;
}

/** Images per step for networks this wide: fewer as the hidden layer grows, so that a step stays short. */
function chunkSize(nets: readonly TwoLayerNet[], pixels: number): number {
  const hidden = Math.max(1, ...nets.map((net) => net.params.W1.cols));
  return Math.max(1, Math.min(CHUNK, Math.floor(STEP_WORK / (pixels * hidden))));
}

/**
 * Like predictClasses over the whole set, but each image is first augmented (augmentImages with the
 * fixed AUGMENTED_TEST_SEED, in order), one chunk at a time: the augmented set is never held whole.
 * The draws go image by image, so the chunk size does not change the result; yielding after each
 * network keeps a race of wide networks from holding the worker for a long step.
 */
export function* predictAugmented(nets: readonly TwoLayerNet[], set: ImageSet): Generator<void, Int32Array[]> {
  const pixels = set.rows * set.cols;
  const rng = createRng(AUGMENTED_TEST_SEED);
  const out = nets.map(() => new Int32Array(set.count));
  const size = chunkSize(nets, pixels);
  for (let start = 0; start < set.count; start += size) {
    const end = Math.min(set.count, start + size);
    const chunk = allIndices(end - start);
    const images = augmentImages(set.images, set.rows, set.cols, chunk.map((k) => start + k), rng);
    for (let k = 0; k < nets.length; k++) {
      predictFromBytes(nets[k].params, images, pixels, chunk, out[k], start);
      yield;
    }
  }
  return out;
}

/** Share of predictions equal to the labels of the listed images. */
export function accuracyOf(predicted: Int32Array, set: ImageSet, indices: Int32Array): number {
  if (indices.length === 0) return 0;
  let correct = 0;
  for (let k = 0; k < indices.length; k++) if (predicted[k] === set.labels[indices[k]]) correct++;
  return correct / indices.length;
}

/** For predictions of the whole set in order: counts of (label, predicted) pairs, row-major 10 × 10, and the first `keep` mistakes. */
export function confusionOf(predicted: Int32Array, set: ImageSet, keep: number) {
  const confusion = new Array<number>(100).fill(0);
  const misclassified: { index: number; label: number; predicted: number }[] = [];
  for (let index = 0; index < predicted.length; index++) {
    const label = set.labels[index];
    confusion[label * 10 + predicted[index]]++;
    if (label !== predicted[index] && misclassified.length < keep) misclassified.push({ index, label, predicted: predicted[index] });
  }
  return { confusion, misclassified };
}

/** The hidden units j with alive[j] = 0: those whose ReLU output was 0 for every image looked at. */
export function deadUnitsOf(alive: Uint8Array): number[] {
  const dead: number[] = [];
  alive.forEach((fired, j) => { if (!fired) dead.push(j); });
  return dead;
}
