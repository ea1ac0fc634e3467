/**
 * Vector strokes → the network's 28 × 28 input, the way MNIST digits look: the drawing's bounding
 * box (stroke width included) is fitted into 20 × 20 keeping its aspect ratio, the strokes are drawn
 * there with a pen whose width is a fixed share of that box — so a digit drawn small and the same
 * digit drawn large give the same picture — anti-aliased, and the result is moved so that its centre
 * of mass sits at (14, 14).
 */
import { centreOfMass, grayImage, type GrayImage } from './gray-image';
import { DIGIT_BOX, DIGIT_CENTRE, DIGIT_SIZE } from './preprocess';
import { type Bounds, pressureFactor, smoothStroke, type Stroke, type StrokePoint, strokeBounds } from './strokes';

/**
 * The pen width in pixels of the 28 × 28 frame. Chosen so that the width strokeWidth() measures on
 * rasterised drawings matches its median over the MNIST test set (see stroke-width.test.ts).
 */
export const DRAWING_STROKE_WIDTH = 2.4;
/** Width of the soft rim of a stroke, in pixels: MNIST's edges fade over about one to two pixels. */
export const EDGE_SOFTNESS = 1.4;
/** Longest straight piece of a smoothed curve, in output pixels. */
const SMOOTH_STEP = 0.5;

export interface RasteriseOptions {
  /** Pen width in output pixels (default DRAWING_STROKE_WIDTH). */
  width?: number;
  /**
   * The smallest drawing extent (in input units) that is scaled up to fill the box: a dot or a tiny
   * tick stays small instead of being blown up into a blob. Default 0.
   */
  minExtent?: number;
}

/** Every stage, so a page can show what the network sees and why. */
export interface RasterisedDigit {
  /** Bounds of the (smoothed) stroke centre lines, in input units. */
  bounds: Bounds;
  /** Output pixels per input unit. */
  scale: number;
  /** The pen width used, in output pixels. */
  width: number;
  /** The strokes drawn into the DIGIT_BOX × DIGIT_BOX box, centred on their bounding box. */
  fitted: GrayImage;
  /** Where the box's top-left corner went in the final frame (fractional: the shift is exact). */
  offset: { x: number; y: number };
  /** DIGIT_SIZE × DIGIT_SIZE with the centre of mass at (DIGIT_CENTRE, DIGIT_CENTRE). */
  final: GrayImage;
}

/** Numbers per capsule in the packed list: ax, ay, bx, by, ra, rb. */
const CAPSULE = 6;
/**
 * strokes (any units) → fit bounds + pen into 20 × 20 → draw anti-aliased → shift the centre of mass
 * to (14, 14) in 28 × 28. Null when there is no sample at all.
 */
export function rasteriseStrokes(strokes: readonly Stroke[], options: RasteriseOptions = {}): RasterisedDigit | null {
  const width = options.width ?? DRAWING_STROKE_WIDTH;
  const minExtent = options.minExtent ?? 0;
  const raw = strokeBounds(strokes);
  if (!raw) return null;
  const roughScale = fitScale(raw, width, minExtent);
  const smooth = strokes.map((s) => smoothStroke(s, SMOOTH_STEP / roughScale));
  const bounds = strokeBounds(smooth) ?? raw;
  const scale = fitScale(bounds, width, minExtent);
  const centreX = (bounds.left + bounds.right) / 2;
  const centreY = (bounds.top + bounds.bottom) / 2;
  const capsules = segments(smooth, centreX, centreY, scale, width);
  const fitted = grayImage(DIGIT_BOX, DIGIT_BOX);
  paint(fitted, capsules, 0, 0);
  const com = centreOfMass(fitted) ?? { x: DIGIT_BOX / 2, y: DIGIT_BOX / 2 };
  const free = DIGIT_SIZE - DIGIT_BOX;
  const offset = { x: clamp(DIGIT_CENTRE - com.x, 0, free), y: clamp(DIGIT_CENTRE - com.y, 0, free) };
  const final = grayImage(DIGIT_SIZE, DIGIT_SIZE);
  paint(final, capsules, offset.x, offset.y);
  return { bounds, scale, width, fitted, offset, final };
}

/** s such that s·extent + width = DIGIT_BOX for the longer side (extent at least minExtent). */
function fitScale(bounds: Bounds, width: number, minExtent: number): number {
  const extent = Math.max(bounds.right - bounds.left, bounds.bottom - bounds.top, minExtent, 1e-9);
  return Math.max(0, DIGIT_BOX - width) / extent;
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}

/**
 * The strokes as capsules (round-capped segments) in output pixels of the box, packed CAPSULE numbers
 * each; a lone sample becomes a dot. Packed because this runs on every frame of a stroke, where an
 * object per sample kept the garbage collector busy.
 */
function segments(strokes: readonly StrokePoint[][], centreX: number, centreY: number, scale: number, width: number): Float64Array {
  let count = 0;
  for (const stroke of strokes) count += stroke.length === 1 ? 1 : Math.max(0, stroke.length - 1);
  const out = new Float64Array(count * CAPSULE);
  const half = DIGIT_BOX / 2;
  let q = 0;
  for (const stroke of strokes) {
    let ax = 0;
    let ay = 0;
    let ra = 0;
    for (let i = 0; i < stroke.length; i++) {
      const p = stroke[i];
      const bx = (p.x - centreX) * scale + half;
      const by = (p.y - centreY) * scale + half;
      const rb = (width / 2) * pressureFactor(p.pressure);
      if (stroke.length === 1 || i > 0) {
        out[q] = stroke.length === 1 ? bx : ax;
        out[q + 1] = stroke.length === 1 ? by : ay;
        out[q + 2] = bx;
        out[q + 3] = by;
        out[q + 4] = stroke.length === 1 ? rb : ra;
        out[q + 5] = rb;
        q += CAPSULE;
      }
      ax = bx;
      ay = by;
      ra = rb;
    }
  }
  return out;
}

/**
 * Ink of pixel (i, j), whose centre is (i + ½, j + ½): 1 inside a capsule (moved by dx, dy), fading
 * linearly to 0 over EDGE_SOFTNESS across its rim; overlapping strokes take the larger value (ink does
 * not pile up).
 */
function paint(image: GrayImage, capsules: Float64Array, dx: number, dy: number): void {
  const half = EDGE_SOFTNESS / 2;
  for (let c = 0; c < capsules.length; c += CAPSULE) {
    const ax = capsules[c] + dx;
    const ay = capsules[c + 1] + dy;
    const bx = capsules[c + 2] + dx;
    const by = capsules[c + 3] + dy;
    const ra = capsules[c + 4];
    const rb = capsules[c + 5];
    const reach = Math.max(ra, rb) + half;
    const x0 = Math.max(0, Math.floor(Math.min(ax, bx) - reach));
    const x1 = Math.min(image.width - 1, Math.ceil(Math.max(ax, bx) + reach));
    const y0 = Math.max(0, Math.floor(Math.min(ay, by) - reach));
    const y1 = Math.min(image.height - 1, Math.ceil(Math.max(ay, by) + reach));
    const ux = bx - ax;
    const uy = by - ay;
    const length2 = ux * ux + uy * uy;
    for (let y = y0; y <= y1; y++) {
      for (let x = x0; x <= x1; x++) {
        const px = x + 0.5 - ax;
        const py = y + 0.5 - ay;
        const t = length2 > 0 ? clamp((px * ux + py * uy) / length2, 0, 1) : 0;
        const ex = px - t * ux;
        const ey = py - t * uy;
        // Not Math.hypot: V8 runs its variadic form several times slower, and no overflow is possible here.
        const distance = Math.sqrt(ex * ex + ey * ey);
        const radius = ra + t * (rb - ra);
        const ink = clamp((radius + half - distance) / EDGE_SOFTNESS, 0, 1);
        const k = y * image.width + x;
        if (ink > image.data[k]) image.data[k] = ink;
      }
    }
  }
}
