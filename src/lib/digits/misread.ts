/**
 * What a page can tell about why a drawing may have been misread: the mean image of each class to put
 * beside it, and the causes that can be measured on the drawing itself.
 */
import { grayImage, type GrayImage } from './gray-image';
import { MNIST_STROKE_WIDTH } from './stroke-width';
import type { ImageSet } from '../mnist/types';

/** The mean image of every class 0–9 of a set (ink 0–1); a class with no image is blank. */
export function classMeans(set: ImageSet): GrayImage[] {
  const side = set.rows * set.cols;
  const sums = Array.from({ length: 10 }, () => new Float64Array(side));
  const counts = new Array<number>(10).fill(0);
  for (let n = 0; n < set.count; n++) {
    const label = set.labels[n];
    if (label > 9) continue;
    counts[label]++;
    const sum = sums[label];
    for (let k = 0, i = n * side; k < side; k++, i++) sum[k] += set.images[i];
  }
  return sums.map((sum, label) => grayImage(set.cols, set.rows, sum.map((v) => (counts[label] === 0 ? 0 : v / counts[label] / 255))));
}

/** A measurable reason a drawing may be read wrongly. */
export type MisreadHint =
  | { hint: 'small'; share: number }
  | { hint: 'edge' }
  | { hint: 'off-centre'; distance: number }
  | { hint: 'thick'; width: number }
  | { hint: 'thin'; width: number }
  | { hint: 'taps'; count: number };

/** A drawing whose longer side is under this share of the pad is small enough to lose detail. */
export const SMALL_SHARE = 0.25;
/**
 * Ink further past the pad's edge than this share of the pad: the pad cuts that part off the screen,
 * while the strokes, kept as samples, still hold it. Merely touching the edge loses nothing.
 */
const EDGE_SHARE = 0.01;
/** The ink box's centre further than this share of the pad from the pad's centre is off-centre. */
const OFF_CENTRE_SHARE = 0.3;

export interface DrawingFacts {
  /** The ink's box on the pad, pen included, in pad pixels. */
  box: { left: number; top: number; width: number; height: number };
  pad: number;
  /** Stroke width of the 28 × 28 input (stroke-width.ts). */
  strokeWidth: number;
  /** Dot-sized marks on the pad that the input leaves out. */
  taps?: number;
}

export function misreadHints({ box, pad, strokeWidth, taps = 0 }: DrawingFacts): MisreadHint[] {
  const hints: MisreadHint[] = [];
  if (taps > 0) hints.push({ hint: 'taps', count: taps });
  const share = Math.max(box.width, box.height) / pad;
  if (share < SMALL_SHARE) hints.push({ hint: 'small', share });
  const edge = EDGE_SHARE * pad;
  if (box.left < -edge || box.top < -edge || box.left + box.width > pad + edge || box.top + box.height > pad + edge) hints.push({ hint: 'edge' });
  const distance = Math.hypot(box.left + box.width / 2 - pad / 2, box.top + box.height / 2 - pad / 2) / pad;
  if (distance > OFF_CENTRE_SHARE) hints.push({ hint: 'off-centre', distance });
  if (strokeWidth > MNIST_STROKE_WIDTH.high) hints.push({ hint: 'thick', width: strokeWidth });
  if (strokeWidth < MNIST_STROKE_WIDTH.low) hints.push({ hint: 'thin', width: strokeWidth });
  return hints;
}
