/**
 * Data augmentation for digit images, one mini-batch at a time: each image gets its own random
 * affine warp (shift, rotation, scale, shear) and a random change of stroke thickness, so a
 * network trained on them has seen digits a little off-centre, tilted, bigger or smaller, slanted,
 * thinner or bolder — as people draw them. Given the labels, some 1s also get a flag or a foot
 * (one-style.ts). Bytes in, bytes out, labels untouched; the data set itself is never copied.
 */
import { createRng, type Rng } from '../random';
import { addOneStyle, drawOneStyle } from './one-style';

/** How far each transformation may go (each is drawn uniformly within its range). */
export interface Augmentation {
  /** Largest shift, in pixels, along each axis. */
  shift: number;
  /** Largest rotation, in degrees, either way. */
  rotation: number;
  /** Range of the overall scale factor. */
  scale: readonly [number, number];
  /** Largest change of aspect: width and height are scaled by e^±aspect apart from each other. */
  aspect: number;
  /** Largest horizontal shear (x += shear·y), either way; 0.3 slants by about 17°. */
  shear: number;
  /** Largest blend towards the dilated (bolder) or eroded (thinner) image, 0–1. */
  thickness: number;
  /**
   * Largest displacement, in pixels, of the nodes of a coarse grid over the frame, smoothly
   * interpolated in between: a gentle bending of the shape (loop sizes, proportions), 0 for none.
   */
  elastic: number;
  /** Share of the images that are transformed; the rest pass through unchanged. */
  probability: number;
  /** Share of the transformed 1s that also get a flag (and half of those a foot), when labels are given. */
  ones: number;
}

/** The drawing model's augmentation: within what people do when they draw a digit on a pad. */
export const DRAWING_AUGMENTATION: Augmentation = {
  shift: 2,
  rotation: 15,
  scale: [0.8, 1.2],
  aspect: 0.12,
  shear: 0.3,
  thickness: 0.7,
  elastic: 0,
  probability: 1,
  ones: 0.3,
};

/**
 * The random numbers that augment a run's batches for `seed`: a stream apart from the weights'
 * createRng(seed) and the batches' createRng(2·seed + 1).
 */
export function augmentationRng(seed: number): Rng {
  return createRng(seed * 2 + 2);
}

/** The seed of the augmented test set: one fixed set, so every model is measured on the same images. */
export const AUGMENTED_TEST_SEED = 20_240_601;

/** One image's draw of the random transformation: the inverse warp and the thickness change. */
interface Draw {
  /** Source point = inverse · (target − centre − shift) + centre. */
  inverse: [number, number, number, number];
  shiftX: number;
  shiftY: number;
  thickness: number;
  /** Source displacement of each grid node (x then y, GRID × GRID each), or null for none. */
  bend: Float64Array | null;
  /** Where the source is read from, moved by this much: a flagged 1 re-centred by its mass. */
  sourceX: number;
  sourceY: number;
}

/** Nodes per side of the bending grid: one bend between neighbouring nodes, about 9 pixels apart. */
const GRID = 4;

function uniform(rng: Rng, lo: number, hi: number): number {
  return lo + (hi - lo) * rng.uniform();
}

function drawTransform(rng: Rng, a: Augmentation): Draw {
  const angle = (uniform(rng, -a.rotation, a.rotation) * Math.PI) / 180;
  const scale = uniform(rng, a.scale[0], a.scale[1]);
  const stretch = Math.exp(uniform(rng, -a.aspect, a.aspect));
  const shear = uniform(rng, -a.shear, a.shear);
  const sx = scale * stretch;
  const sy = scale / stretch;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  // Forward map: rotation · shear · scale = [[cos, −sin], [sin, cos]] · [[1, shear], [0, 1]] · diag(sx, sy).
  const m00 = cos * sx;
  const m01 = (cos * shear - sin) * sy;
  const m10 = sin * sx;
  const m11 = (sin * shear + cos) * sy;
  const det = m00 * m11 - m01 * m10;
  return {
    inverse: [m11 / det, -m01 / det, -m10 / det, m00 / det],
    shiftX: uniform(rng, -a.shift, a.shift),
    shiftY: uniform(rng, -a.shift, a.shift),
    thickness: uniform(rng, -a.thickness, a.thickness),
    bend: a.elastic > 0 ? Float64Array.from({ length: 2 * GRID * GRID }, () => uniform(rng, -a.elastic, a.elastic)) : null,
    sourceX: 0,
    sourceY: 0,
  };
}

/** Bilinear warp of one rows × cols byte image into `out` (0–255 as floats), around the frame's centre. */
function warp(src: Uint8Array, from: number, rows: number, cols: number, d: Draw, out: Float64Array): void {
  const [i00, i01, i10, i11] = d.inverse;
  const cx = cols / 2;
  const cy = rows / 2;
  for (let y = 0; y < rows; y++) {
    const v = y + 0.5 - cy - d.shiftY;
    const u0 = 0.5 - cx - d.shiftX;
    // The source point moves by (i00, i10) per target pixel along a row.
    let sx = i00 * u0 + i01 * v + cx - 0.5 + d.sourceX;
    let sy = i10 * u0 + i11 * v + cy - 0.5 + d.sourceY;
    for (let x = 0; x < cols; x++, sx += i00, sy += i10) {
      let bx = sx;
      let by = sy;
      if (d.bend) {
        const offset = bendAt(d.bend, (x / (cols - 1)) * (GRID - 1), (y / (rows - 1)) * (GRID - 1));
        bx += offset[0];
        by += offset[1];
      }
      const x0 = Math.floor(bx);
      const y0 = Math.floor(by);
      let value = 0;
      const fx = bx - x0;
      const fy = by - y0;
      const k = from + y0 * cols + x0;
      if (x0 >= 0 && y0 >= 0 && x0 + 1 < cols && y0 + 1 < rows) {
        value = (1 - fy) * ((1 - fx) * src[k] + fx * src[k + 1]) + fy * ((1 - fx) * src[k + cols] + fx * src[k + cols + 1]);
      } else if (x0 >= -1 && y0 >= -1 && x0 < cols && y0 < rows) {
        // On the frame's edge the missing neighbours are paper; further out there is only paper.
        const left = x0 >= 0;
        const right = x0 + 1 < cols;
        const top = y0 >= 0;
        const bottom = y0 + 1 < rows;
        const p00 = top && left ? src[k] : 0;
        const p01 = top && right ? src[k + 1] : 0;
        const p10 = bottom && left ? src[k + cols] : 0;
        const p11 = bottom && right ? src[k + cols + 1] : 0;
        value = (1 - fy) * ((1 - fx) * p00 + fx * p01) + fy * ((1 - fx) * p10 + fx * p11);
      }
      out[y * cols + x] = value;
    }
  }
}

const bendOffset: [number, number] = [0, 0];

/** The grid's displacement at grid coordinates (u, v), bilinear between the four nearest nodes. */
function bendAt(bend: Float64Array, u: number, v: number): [number, number] {
  const i = Math.min(GRID - 2, Math.floor(u));
  const j = Math.min(GRID - 2, Math.floor(v));
  const fu = u - i;
  const fv = v - j;
  const k = j * GRID + i;
  const w00 = (1 - fu) * (1 - fv);
  const w01 = fu * (1 - fv);
  const w10 = (1 - fu) * fv;
  const w11 = fu * fv;
  const half = GRID * GRID;
  bendOffset[0] = w00 * bend[k] + w01 * bend[k + 1] + w10 * bend[k + GRID] + w11 * bend[k + GRID + 1];
  bendOffset[1] = w00 * bend[half + k] + w01 * bend[half + k + 1] + w10 * bend[half + k + GRID] + w11 * bend[half + k + GRID + 1];
  return bendOffset;
}

/**
 * Grey-level dilation (max) or erosion (min) over each pixel and its four neighbours, blended in by
 * |amount|: a fraction of a pixel bolder (amount > 0) or thinner (amount < 0) on every edge.
 */
function thicken(image: Float64Array, rows: number, cols: number, amount: number, scratch: Float64Array): void {
  if (amount === 0) return;
  scratch.set(image);
  const w = Math.abs(amount);
  const bolder = amount > 0;
  for (let y = 0; y < rows; y++) {
    for (let x = 0; x < cols; x++) {
      const k = y * cols + x;
      const c = scratch[k];
      // Written out rather than Math.max/min over five arguments, which V8 runs several times slower here.
      let v = c;
      const l = x > 0 ? scratch[k - 1] : 0;
      const r = x + 1 < cols ? scratch[k + 1] : 0;
      const t = y > 0 ? scratch[k - cols] : 0;
      const b = y + 1 < rows ? scratch[k + cols] : 0;
      if (bolder) {
        if (l > v) v = l;
        if (r > v) v = r;
        if (t > v) v = t;
        if (b > v) v = b;
      } else {
        if (l < v) v = l;
        if (r < v) v = r;
        if (t < v) v = t;
        if (b < v) v = b;
      }
      image[k] = (1 - w) * c + w * v;
    }
  }
}

/** Where a draw's 1-style (flag, angle, foot) sits: after kind, the inverse warp, shift, thickness and the bend grid. */
const STYLE_AT = 8 + 2 * GRID * GRID;
/** Numbers per image in a batch's drawn transformations. */
export const DRAW_STRIDE = STYLE_AT + 3;

/**
 * Draws the random transformation of `count` images from rng, in the order augmentImages consumes it,
 * packed DRAW_STRIDE numbers per image: kind (0 unchanged, 1 warped, 2 warped and bent), inverse (4),
 * shiftX, shiftY, thickness, bend (2·GRID² when kind is 2), and a 1's flag, angle and foot (flag 0
 * for none; only with `labels`, the images' classes). Drawing and applying apart lets another thread
 * apply them while the draws stay in one seeded sequence.
 */
export function drawAugmentations(count: number, rng: Rng, augmentation: Augmentation = DRAWING_AUGMENTATION, labels?: ArrayLike<number>): Float64Array {
  const draws = new Float64Array(count * DRAW_STRIDE);
  for (let n = 0; n < count; n++) {
    if (rng.uniform() >= augmentation.probability) continue;
    const d = drawTransform(rng, augmentation);
    const at = n * DRAW_STRIDE;
    draws[at] = d.bend ? 2 : 1;
    draws.set(d.inverse, at + 1);
    draws[at + 5] = d.shiftX;
    draws[at + 6] = d.shiftY;
    draws[at + 7] = d.thickness;
    if (d.bend) draws.set(d.bend, at + 8);
    if (labels?.[n] === 1 && rng.uniform() < augmentation.ones) {
      const style = drawOneStyle(rng);
      draws[at + STYLE_AT] = style.flag;
      draws[at + STYLE_AT + 1] = style.angle;
      draws[at + STYLE_AT + 2] = style.foot;
    }
  }
  return draws;
}

/**
 * images[indices] (rows × cols bytes each) transformed by the packed `draws` of drawAugmentations,
 * as one new byte array, image n at n·rows·cols.
 */
export function applyAugmentations(images: Uint8Array, rows: number, cols: number, indices: ArrayLike<number>, draws: Float64Array): Uint8Array {
  const pixels = rows * cols;
  if (draws.length !== indices.length * DRAW_STRIDE) throw new RangeError(`applyAugmentations: ${draws.length} numbers drawn for ${indices.length} images`);
  const out = new Uint8Array(indices.length * pixels);
  // Writing through a clamped view rounds and clamps each value to 0–255 by itself.
  const clamped = new Uint8ClampedArray(out.buffer);
  const image = new Float64Array(pixels);
  const scratch = new Float64Array(pixels);
  const styled = new Uint8Array(pixels);
  for (let n = 0; n < indices.length; n++) {
    const from = indices[n] * pixels;
    if (!Number.isInteger(indices[n]) || from < 0 || from + pixels > images.length) {
      throw new RangeError(`augmentImages: index ${indices[n]} is not an image of the set`);
    }
    const at = n * DRAW_STRIDE;
    const kind = draws[at];
    if (kind === 0) {
      out.set(images.subarray(from, from + pixels), n * pixels);
      continue;
    }
    const d: Draw = {
      inverse: [draws[at + 1], draws[at + 2], draws[at + 3], draws[at + 4]],
      shiftX: draws[at + 5],
      shiftY: draws[at + 6],
      thickness: draws[at + 7],
      bend: kind === 2 ? draws.subarray(at + 8, at + STYLE_AT) : null,
      sourceX: 0,
      sourceY: 0,
    };
    const flag = draws[at + STYLE_AT];
    const moved = flag > 0 ? addOneStyle(images, from, rows, cols, { flag, angle: draws[at + STYLE_AT + 1], foot: draws[at + STYLE_AT + 2] }, styled) : null;
    if (moved) {
      [d.sourceX, d.sourceY] = moved;
      warp(styled, 0, rows, cols, d, image);
    } else {
      warp(images, from, rows, cols, d, image);
    }
    thicken(image, rows, cols, d.thickness, scratch);
    clamped.set(image, n * pixels);
  }
  return out;
}

/**
 * Augmented copies of images[indices] (rows × cols bytes each) as one new byte array, image n at
 * n·rows·cols. Same rng state → same result.
 */
export function augmentImages(images: Uint8Array, rows: number, cols: number, indices: ArrayLike<number>, rng: Rng, augmentation: Augmentation = DRAWING_AUGMENTATION): Uint8Array {
  return applyAugmentations(images, rows, cols, indices, drawAugmentations(indices.length, rng, augmentation));
}
