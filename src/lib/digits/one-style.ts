/**
 * Style augmentation for ones. Nearly all of MNIST's 1s are plain sticks, but many people write a 1
 * with a flag (a stroke from the top down to the left), and some add a foot. A network that never saw
 * one reads such a 1 as a 7 or a 2, so a share of the training 1s get a flag, and some a foot, drawn
 * in the image's own stroke width before the image is warped like any other.
 */
import type { Rng } from '../random';

/** One 1's added strokes, in units of the stick's height. */
export interface OneStyle {
  /** Length of the flag from the stick's top. */
  flag: number;
  /** The flag's slope down to the left, below the horizontal, in radians. */
  angle: number;
  /** Half the width of the foot across the stick's bottom; 0 for none. */
  foot: number;
}

const FLAG = [0.2, 0.55] as const;
const ANGLE = [(30 * Math.PI) / 180, (60 * Math.PI) / 180] as const;
const DEGREE = Math.PI / 180;
/**
 * A flag this close to the stick's line is lost in it; this far from it (a 1 leaning back) it makes a
 * roof, not a 1; and a foot under a slanted stick makes a 2. Those 1s stay as they are.
 */
const FLAG_FROM_STICK = [25 * DEGREE, 70 * DEGREE] as const;
const FOOT_MAX_SLANT = 10 * DEGREE;
const FOOT = [0.15, 0.35] as const;
/** Share of the flagged ones that also get a foot. */
const FOOT_SHARE = 0.5;
/** A pixel at least this dark is part of a stroke. */
const INK = 128;

function between(rng: Rng, [lo, hi]: readonly [number, number]): number {
  return lo + (hi - lo) * rng.uniform();
}

/** A random flag, and a foot half the time. Always consumes four numbers of rng. */
export function drawOneStyle(rng: Rng): OneStyle {
  const flag = between(rng, FLAG);
  const angle = between(rng, ANGLE);
  const footed = rng.uniform() < FOOT_SHARE;
  const foot = between(rng, FOOT);
  return { flag, angle, foot: footed ? foot : 0 };
}

/** Sum of v·x, v·y and v over the image's pixels (centres at +0.5). */
function moments(image: ArrayLike<number>, rows: number, cols: number): [number, number, number] {
  let mx = 0;
  let my = 0;
  let m = 0;
  for (let y = 0; y < rows; y++) {
    for (let x = 0; x < cols; x++) {
      const v = image[y * cols + x];
      mx += v * (x + 0.5);
      my += v * (y + 0.5);
      m += v;
    }
  }
  return [mx, my, m];
}

/** Ink (≥ INK) of one row: how many pixels and their mean x, or null for none. */
function rowInk(image: ArrayLike<number>, at: number, cols: number): { count: number; x: number } | null {
  let count = 0;
  let sum = 0;
  for (let x = 0; x < cols; x++) {
    if (image[at + x] >= INK) {
      count++;
      sum += x + 0.5;
    }
  }
  return count > 0 ? { count, x: sum / count } : null;
}

/** Draws the segment (x0, y0)–(x1, y1) of width `width` into out (bytes), anti-aliased, keeping darker pixels. */
function segment(out: Uint8Array, rows: number, cols: number, x0: number, y0: number, x1: number, y1: number, width: number): void {
  const dx = x1 - x0;
  const dy = y1 - y0;
  const length2 = dx * dx + dy * dy || 1;
  for (let y = 0; y < rows; y++) {
    for (let x = 0; x < cols; x++) {
      const px = x + 0.5;
      const py = y + 0.5;
      const along = Math.min(1, Math.max(0, ((px - x0) * dx + (py - y0) * dy) / length2));
      const distance = Math.hypot(px - x0 - along * dx, py - y0 - along * dy);
      const cover = Math.min(1, Math.max(0, width / 2 + 0.5 - distance));
      const value = Math.round(255 * cover);
      if (value > out[y * cols + x]) out[y * cols + x] = value;
    }
  }
}

/**
 * Copies the rows × cols byte image at images[from…] into `out` with the style's flag (and foot)
 * added, and returns how far the centre of mass moved, [dx, dy]: reading the result shifted back by
 * that much keeps the digit where it was, as MNIST centres every digit by its mass. Returns null, with
 * out left a plain copy, when the image has no stroke to add to.
 */
export function addOneStyle(images: Uint8Array, from: number, rows: number, cols: number, style: OneStyle, out: Uint8Array): [number, number] | null {
  out.set(images.subarray(from, from + rows * cols));
  const inked: { y: number; count: number; x: number }[] = [];
  for (let y = 0; y < rows; y++) {
    const ink = rowInk(out, y * cols, cols);
    if (ink) inked.push({ y, ...ink });
  }
  if (inked.length < 2) return null;
  const top = inked[0];
  const bottom = inked[inked.length - 1];
  const height = bottom.y - top.y + 1;
  // The stick's width: the middle row's count of ink pixels, as a drawn stroke would be.
  const counts = inked.map((r) => r.count).sort((a, b) => a - b);
  const width = Math.min(4, Math.max(1.5, counts[Math.floor(counts.length / 2)]));
  const [bx, by, before] = moments(out, rows, cols);
  const stick = Math.hypot(bottom.x - top.x, height);
  const downX = (bottom.x - top.x) / stick;
  const downY = height / stick;
  const flagX = -Math.cos(style.angle);
  const flagY = Math.sin(style.angle);
  const fromStick = Math.acos(Math.min(1, flagX * downX + flagY * downY));
  if (fromStick < FLAG_FROM_STICK[0] || fromStick > FLAG_FROM_STICK[1]) return null;
  const x0 = top.x;
  const y0 = top.y + width / 2;
  const length = style.flag * height;
  segment(out, rows, cols, x0, y0, x0 + length * flagX, y0 + length * flagY, width);
  if (style.foot > 0 && Math.abs(Math.asin(downX)) < FOOT_MAX_SLANT) {
    const half = style.foot * height;
    const y = bottom.y + 1 - width / 2;
    segment(out, rows, cols, bottom.x - half, y, bottom.x + half, y, width);
  }
  const [ax, ay, after] = moments(out, rows, cols);
  return [ax / after - bx / before, ay / after - by / before];
}
