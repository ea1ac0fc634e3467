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

interface Segment {
  ax: number;
  ay: number;
  bx: number;
  by: number;
  ra: number;
  rb: number;
}

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
  const place = (dx: number, dy: number) => segments(smooth, (p) => ({ x: (p.x - centreX) * scale + DIGIT_BOX / 2 + dx, y: (p.y - centreY) * scale + DIGIT_BOX / 2 + dy }), width);
  const fitted = grayImage(DIGIT_BOX, DIGIT_BOX);
  paint(fitted, place(0, 0));
  const com = centreOfMass(fitted) ?? { x: DIGIT_BOX / 2, y: DIGIT_BOX / 2 };
  const free = DIGIT_SIZE - DIGIT_BOX;
  const offset = { x: clamp(DIGIT_CENTRE - com.x, 0, free), y: clamp(DIGIT_CENTRE - com.y, 0, free) };
  const final = grayImage(DIGIT_SIZE, DIGIT_SIZE);
  paint(final, place(offset.x, offset.y));
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

/** The strokes as capsules (round-capped segments) in output pixels; a lone sample becomes a dot. */
function segments(strokes: readonly StrokePoint[][], map: (p: StrokePoint) => { x: number; y: number }, width: number): Segment[] {
  const out: Segment[] = [];
  for (const stroke of strokes) {
    const points = stroke.map((p) => ({ ...map(p), r: (width / 2) * pressureFactor(p.pressure) }));
    if (points.length === 1) out.push({ ax: points[0].x, ay: points[0].y, bx: points[0].x, by: points[0].y, ra: points[0].r, rb: points[0].r });
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i];
      const b = points[i + 1];
      out.push({ ax: a.x, ay: a.y, bx: b.x, by: b.y, ra: a.r, rb: b.r });
    }
  }
  return out;
}

/**
 * Ink of pixel (i, j), whose centre is (i + ½, j + ½): 1 inside a capsule, fading linearly to 0 over
 * EDGE_SOFTNESS across its rim; overlapping strokes take the larger value (ink does not pile up).
 */
function paint(image: GrayImage, capsules: readonly Segment[]): void {
  const half = EDGE_SOFTNESS / 2;
  for (const s of capsules) {
    const reach = Math.max(s.ra, s.rb) + half;
    const x0 = Math.max(0, Math.floor(Math.min(s.ax, s.bx) - reach));
    const x1 = Math.min(image.width - 1, Math.ceil(Math.max(s.ax, s.bx) + reach));
    const y0 = Math.max(0, Math.floor(Math.min(s.ay, s.by) - reach));
    const y1 = Math.min(image.height - 1, Math.ceil(Math.max(s.ay, s.by) + reach));
    const dx = s.bx - s.ax;
    const dy = s.by - s.ay;
    const length2 = dx * dx + dy * dy;
    for (let y = y0; y <= y1; y++) {
      for (let x = x0; x <= x1; x++) {
        const px = x + 0.5 - s.ax;
        const py = y + 0.5 - s.ay;
        const t = length2 > 0 ? clamp((px * dx + py * dy) / length2, 0, 1) : 0;
        const ex = px - t * dx;
        const ey = py - t * dy;
        // Not Math.hypot: V8 runs its variadic form several times slower, and no overflow is possible here.
        const distance = Math.sqrt(ex * ex + ey * ey);
        const radius = s.ra + t * (s.rb - s.ra);
        const ink = clamp((radius + half - distance) / EDGE_SOFTNESS, 0, 1);
        const k = y * image.width + x;
        if (ink > image.data[k]) image.data[k] = ink;
      }
    }
  }
}
