/**
 * A drawing kept as vector strokes: the pointer samples of each stroke in the order they came,
 * with the pen's pressure where the device reports one. Pixels are made from these only when the
 * network needs them (rasterise.ts), at the size the network wants.
 */

/** One pointer sample; pressure is 0–1, and 0.5 (the Pointer Events default for a pressed button) means "no information". */
export interface StrokePoint {
  x: number;
  y: number;
  pressure: number;
}

/** The samples of one stroke, from pointerdown to pointerup. */
export type Stroke = readonly StrokePoint[];

/** The pressure that leaves the stroke width unchanged. */
export const NEUTRAL_PRESSURE = 0.5;

/** Axis-aligned bounds of points. */
export interface Bounds {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The smallest rectangle holding every sample of every stroke, or null for no samples. */
export function strokeBounds(strokes: readonly Stroke[]): Bounds | null {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const stroke of strokes) {
    for (const p of stroke) {
      if (p.x < left) left = p.x;
      if (p.x > right) right = p.x;
      if (p.y < top) top = p.y;
      if (p.y > bottom) bottom = p.y;
    }
  }
  return right < left ? null : { left, top, right, bottom };
}

/** Largest side of a stroke's bounds, 0 for a single sample. */
function extent(stroke: Stroke): number {
  const b = strokeBounds([stroke]);
  return b ? Math.max(b.right - b.left, b.bottom - b.top) : 0;
}

/**
 * The strokes without the dot-sized ones (no longer than `maxExtent` either way) when any other
 * stroke is left: a click to focus the pad or a stray tap is no part of a digit, yet as one corner of
 * the ink's box it would shrink the digit and push it off the centre. A dot alone stays a dot.
 */
export function dropTaps(strokes: readonly Stroke[], maxExtent: number): { strokes: Stroke[]; dropped: number } {
  const kept = strokes.filter((s) => s.length > 0 && extent(s) > maxExtent);
  if (kept.length === 0) return { strokes: [...strokes], dropped: 0 };
  return { strokes: kept, dropped: strokes.filter((s) => s.length > 0).length - kept.length };
}

/** Width factor of a pressure: 1 at 0.5, from 0.6 (a feather touch) to 1.4 (pressed hard). */
export function pressureFactor(pressure: number): number {
  const p = Number.isFinite(pressure) ? Math.min(1, Math.max(0, pressure)) : NEUTRAL_PRESSURE;
  return 0.6 + 0.8 * p;
}

/** A turn sharper than this (between the pieces before and after a sample) is a corner, kept sharp. */
const CORNER_COS = Math.cos((75 * Math.PI) / 180);

/**
 * The stroke with Catmull–Rom curves between its samples, each piece cut into parts no longer than
 * `maxStep`: a mouse reports a fast loop as a few far-apart points, and straight lines between them
 * would draw a polygon where the hand drew a curve. At a corner (the corner of a 7 or a 4) the
 * tangent follows each side instead, so the corner stays a corner. Pressure is interpolated linearly.
 */
export function smoothStroke(stroke: Stroke, maxStep: number): StrokePoint[] {
  const points = dropRepeats(stroke);
  if (points.length < 3 || !(maxStep > 0)) return points;
  const corner = points.map((p, i) => i > 0 && i + 1 < points.length && isCorner(points[i - 1], p, points[i + 1]));
  const out: StrokePoint[] = [points[0]];
  for (let i = 0; i + 1 < points.length; i++) {
    const p1 = points[i];
    const p2 = points[i + 1];
    const p0 = i > 0 && !corner[i] ? points[i - 1] : p1;
    const p3 = i + 2 < points.length && !corner[i + 1] ? points[i + 2] : p2;
    // One-sided tangents at the ends and at corners: (p2 − p1) instead of (p2 − p0)/2.
    const t1 = p0 === p1 ? { x: p2.x - p1.x, y: p2.y - p1.y } : { x: (p2.x - p0.x) / 2, y: (p2.y - p0.y) / 2 };
    const t2 = p3 === p2 ? { x: p2.x - p1.x, y: p2.y - p1.y } : { x: (p3.x - p1.x) / 2, y: (p3.y - p1.y) / 2 };
    const parts = Math.min(64, Math.max(1, Math.ceil(Math.hypot(p2.x - p1.x, p2.y - p1.y) / maxStep)));
    for (let k = 1; k <= parts; k++) {
      const t = k / parts;
      out.push({ x: hermite(p1.x, t1.x, p2.x, t2.x, t), y: hermite(p1.y, t1.y, p2.y, t2.y, t), pressure: p1.pressure + t * (p2.pressure - p1.pressure) });
    }
  }
  return out;
}

function isCorner(a: StrokePoint, b: StrokePoint, c: StrokePoint): boolean {
  const ux = b.x - a.x;
  const uy = b.y - a.y;
  const vx = c.x - b.x;
  const vy = c.y - b.y;
  return ux * vx + uy * vy < CORNER_COS * Math.hypot(ux, uy) * Math.hypot(vx, vy);
}

/** Consecutive samples at the same place add nothing and would give the curve a zero-length tangent. */
function dropRepeats(stroke: Stroke): StrokePoint[] {
  const out: StrokePoint[] = [];
  for (const p of stroke) {
    const last = out[out.length - 1];
    if (!last || last.x !== p.x || last.y !== p.y) out.push(p);
  }
  return out;
}

/** Cubic Hermite: value p1 with slope m1 at t = 0, p2 with slope m2 at t = 1 (Catmull–Rom when m = (next − previous)/2). */
function hermite(p1: number, m1: number, p2: number, m2: number, t: number): number {
  const t2 = t * t;
  const t3 = t2 * t;
  return (2 * t3 - 3 * t2 + 1) * p1 + (t3 - 2 * t2 + t) * m1 + (-2 * t3 + 3 * t2) * p2 + (t3 - t2) * m2;
}
