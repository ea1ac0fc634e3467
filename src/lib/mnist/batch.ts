/**
 * Mini-batches from byte images: the notes' x_train[batch_mask] / 255 and y_train[batch_mask],
 * built per batch so that the whole set stays as bytes.
 */
import { type Matrix, matrix } from '../matrix';
import { createRng, type Rng } from '../random';

/**
 * The random numbers that draw a run's mini-batches for `seed`: a stream apart from the weights'
 * createRng(seed), so that every consumer (training, the gradient check) sees the same first batch.
 */
export function batchRng(seed: number): Rng {
  return createRng(seed * 2 + 1);
}

/** Images `indices` as rows of an N × P matrix with x = pixel/255 (P = pixelsPerImage). */
export function imageBatch(images: Uint8Array, pixelsPerImage: number, indices: ArrayLike<number>): Matrix {
  if (!Number.isInteger(pixelsPerImage) || pixelsPerImage < 1) {
    throw new RangeError(`imageBatch: pixelsPerImage must be a positive integer, got ${pixelsPerImage}`);
  }
  const count = Math.floor(images.length / pixelsPerImage);
  const out = new Float64Array(indices.length * pixelsPerImage);
  for (let n = 0; n < indices.length; n++) {
    const image = checkIndex(indices[n], count, 'imageBatch');
    const from = image * pixelsPerImage;
    const to = n * pixelsPerImage;
    for (let p = 0; p < pixelsPerImage; p++) out[to + p] = images[from + p] / 255;
  }
  return matrix(indices.length, pixelsPerImage, out);
}

/** Labels `indices` as an Int32Array of class indices. */
export function labelBatch(labels: Uint8Array, indices: ArrayLike<number>): Int32Array {
  const out = new Int32Array(indices.length);
  for (let n = 0; n < indices.length; n++) out[n] = labels[checkIndex(indices[n], labels.length, 'labelBatch')];
  return out;
}

function checkIndex(index: number, count: number, name: string): number {
  if (!Number.isInteger(index) || index < 0 || index >= count) {
    throw new RangeError(`${name}: index ${index} is not in 0…${count - 1}`);
  }
  return index;
}
