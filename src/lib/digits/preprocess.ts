/**
 * MNIST-style preprocessing of a drawn digit, the way MNIST itself was made: crop to the ink,
 * scale the longer side to 20 px keeping the aspect ratio (area averaging anti-aliases the
 * edges), and place the result in 28 × 28 so that its centre of mass sits at the centre.
 */
import { type Box, type GrayImage, centreOfMass, crop, grayImage, inkBoundingBox, resizeArea } from './gray-image';

/** Side of the network's input image. */
export const DIGIT_SIZE = 28;
/** Side of the box the digit is scaled into. */
export const DIGIT_BOX = 20;
/**
 * Where the centre of mass goes, in pixel indices. Measured on the MNIST test set: every one of
 * the 10,000 images has its centre of mass within half a pixel of (14, 14), not of (13.5, 13.5).
 */
export const DIGIT_CENTRE = 14;

/** Ink weaker than this is treated as paper: it neither counts as a drawing nor stretches the crop. */
export const DEFAULT_INK_THRESHOLD = 0.02;

/** Every intermediate image, so a page can show what the network really sees. */
export interface DigitSteps {
  blank: false;
  /** Where the ink was found in the input. */
  box: Box;
  cropped: GrayImage;
  /** The crop scaled so its longer side is DIGIT_BOX. */
  scaled: GrayImage;
  /** Top-left corner of `scaled` inside the final image. */
  offset: { x: number; y: number };
  /** DIGIT_SIZE × DIGIT_SIZE, ready to flatten into the 784 network inputs. */
  final: GrayImage;
}

/** Result of preprocessing: the steps, or `blank` when there is no ink to look at. */
export type Preprocessed = DigitSteps | { blank: true };

/** Size of the scaled crop: the longer side becomes `box`, the other keeps the ratio (at least 1 px). */
export function scaledSize(width: number, height: number, box = DIGIT_BOX): { width: number; height: number } {
  const s = box / Math.max(width, height);
  return { width: Math.max(1, Math.round(width * s)), height: Math.max(1, Math.round(height * s)) };
}

/**
 * Top-left corner that puts centre of mass c of a w-wide image at DIGIT_CENTRE: round(14 − c),
 * kept within [0, 28 − w] so no ink falls off the edge.
 */
function placement(com: number, length: number): number {
  return Math.min(DIGIT_SIZE - length, Math.max(0, Math.round(DIGIT_CENTRE - com)));
}

/** Copies `image` into a DIGIT_SIZE² canvas of paper with its top-left corner at (x, y). */
function paste(image: GrayImage, x: number, y: number): GrayImage {
  const out = grayImage(DIGIT_SIZE, DIGIT_SIZE);
  for (let row = 0; row < image.height; row++) {
    out.data.set(image.data.subarray(row * image.width, (row + 1) * image.width), (y + row) * DIGIT_SIZE + x);
  }
  return out;
}

/**
 * image (any size, ink in [0, 1]) → crop to ink > threshold → scale longer side to 20 (area average)
 * → place in 28 × 28 with the centre of mass at (14, 14). Blank when no pixel exceeds the threshold.
 */
export function preprocessDigit(image: GrayImage, threshold = DEFAULT_INK_THRESHOLD): Preprocessed {
  const box = inkBoundingBox(image, threshold);
  if (box === null) return { blank: true };
  const cropped = crop(image, box);
  for (let i = 0; i < cropped.data.length; i++) if (cropped.data[i] <= threshold) cropped.data[i] = 0;
  const size = scaledSize(box.width, box.height);
  const scaled = resizeArea(cropped, size.width, size.height);
  // A crop with ink always keeps some after averaging, so the centre of mass exists.
  const com = centreOfMass(scaled) ?? { x: (size.width - 1) / 2, y: (size.height - 1) / 2 };
  const offset = { x: placement(com.x, size.width), y: placement(com.y, size.height) };
  return { blank: false, box, cropped, scaled, offset, final: paste(scaled, offset.x, offset.y) };
}
