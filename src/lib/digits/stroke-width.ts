/**
 * How wide the pen of a digit image is, estimated from the image alone: a stroke of length L and
 * width w holds about w·L of ink and has an outline about 2·L long, so w ≈ 2·ink / outline.
 */
import type { GrayImage } from './gray-image';

/**
 * strokeWidth over the 10,000 MNIST test images: the median, and the 10th and 90th percentiles
 * (checked against the IDX file by stroke-width.test.ts).
 */
export const MNIST_STROKE_WIDTH = { median: 1.97, low: 1.45, high: 2.76 } as const;

/** Pixels at or above this ink count as inside the stroke when the outline is traced. */
const INSIDE = 0.5;

/**
 * w ≈ 2 Σ ink / P, where P counts the pixel edges between inside (ink ≥ ½) and outside pixels,
 * the frame's border counting as outside. 0 for an image without a pixel inside.
 */
export function strokeWidth(image: GrayImage): number {
  const { width, height, data } = image;
  const inside = (x: number, y: number) => x >= 0 && y >= 0 && x < width && y < height && data[y * width + x] >= INSIDE;
  let ink = 0;
  let outline = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      ink += data[y * width + x];
      if (!inside(x, y)) continue;
      if (!inside(x - 1, y)) outline++;
      if (!inside(x + 1, y)) outline++;
      if (!inside(x, y - 1)) outline++;
      if (!inside(x, y + 1)) outline++;
    }
  }
  return outline > 0 ? (2 * ink) / outline : 0;
}
