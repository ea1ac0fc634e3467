/**
 * How much ink a real MNIST digit has. A 28 × 28 input far outside this range (a scribble that fills
 * the frame, a stray dot) is unlike anything the network was trained on, however sure its softmax is.
 */
import type { GrayImage } from './gray-image';

/**
 * The smallest and largest mean ink (Σ pixel / 255 / 784) over all 10,000 MNIST test images,
 * checked against the IDX file by ink-range.test.ts.
 */
export const MNIST_INK_RANGE = { min: 0.0281, max: 0.3272 } as const;

/** Mean ink of an image: (1/N) Σ ink, in [0, 1]. */
export function inkCoverage(image: GrayImage): number {
  let sum = 0;
  for (let i = 0; i < image.data.length; i++) sum += image.data[i];
  return sum / image.data.length;
}

/** Whether a preprocessed input has more or less ink than any MNIST test digit. */
export function unusualInk(image: GrayImage): boolean {
  const coverage = inkCoverage(image);
  return coverage < MNIST_INK_RANGE.min || coverage > MNIST_INK_RANGE.max;
}
