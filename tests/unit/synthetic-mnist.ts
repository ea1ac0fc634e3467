import type { ImageSet } from '../../src/lib/mnist/types';
import { createRng } from '../../src/lib/random';

/**
 * A tiny MNIST-shaped set that a network can learn quickly: image n has label n mod 10 and ink in
 * a horizontal band whose position depends on the label, plus a few random specks.
 */
export function syntheticSet(count: number, seed: number): ImageSet {
  const rng = createRng(seed);
  const images = new Uint8Array(count * 784);
  const labels = new Uint8Array(count);
  for (let n = 0; n < count; n++) {
    const label = n % 10;
    labels[n] = label;
    const top = 3 + 2 * label;
    for (let r = top; r < top + 2; r++) for (let c = 4; c < 24; c++) images[n * 784 + r * 28 + c] = 150 + Math.floor(rng.uniform() * 100);
    for (let k = 0; k < 10; k++) images[n * 784 + Math.floor(rng.uniform() * 784)] = Math.floor(rng.uniform() * 256);
  }
  return { count, rows: 28, cols: 28, images, labels };
}
