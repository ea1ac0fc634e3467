/**
 * Drawing a mini-batch the notes' way, np.random.choice(train_size, batch_size), and looking at it.
 */
import { createRng } from '../random';

/** The notes' batch_mask: N indices in [0, trainSize), with replacement, from createRng(seed).choice(trainSize, N). */
export function sampleBatchIndices(seed: number, trainSize: number, batchSize: number): Int32Array {
  return createRng(seed).choice(trainSize, batchSize);
}

/** counts[k] = #{n : labels[indices[n]] = k} for k = 0…classes−1: how often each class is in the batch. */
export function classCounts(labels: Uint8Array, indices: ArrayLike<number>, classes = 10): Int32Array {
  const counts = new Int32Array(classes);
  for (let n = 0; n < indices.length; n++) {
    const label = labels[indices[n]];
    if (label < classes) counts[label]++;
  }
  return counts;
}

/** Up to `limit` indices i ≥ start with labels[i] = label (or any label when label is null), in order. */
export function findImages(labels: Uint8Array, start: number, label: number | null, limit: number): number[] {
  const found: number[] = [];
  for (let i = Math.max(0, start); i < labels.length && found.length < limit; i++) {
    if (label === null || labels[i] === label) found.push(i);
  }
  return found;
}

/** The largest start ≤ before such that findImages(start…) still fills `limit` slots up to `before` — the previous page. */
export function previousPageStart(labels: Uint8Array, before: number, label: number | null, limit: number): number {
  let seen = 0;
  for (let i = Math.min(before, labels.length) - 1; i >= 0; i--) {
    if (label === null || labels[i] === label) {
      seen++;
      if (seen === limit) return i;
    }
  }
  return 0;
}
