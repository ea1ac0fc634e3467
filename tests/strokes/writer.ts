/**
 * A simulated writer: puts a glyph on the 280 × 280 pad at some size, place, slant and width, with
 * a hand that wobbles, and samples each stroke the way pointer events arrive (further apart when
 * the hand moves fast). Seeded, so a stroke set is the same on every run.
 */
import { createRng, type Rng } from '../../src/lib/random';
import type { StrokePoint } from '../../src/lib/digits/strokes';
import type { Glyph, P } from './glyphs';

export const PAD = 280;

export interface Hand {
  /** Height of the digit on the pad, in pad pixels. */
  height: number;
  /** Width relative to the glyph's own (1 = as designed; mouse drawings are often wider). */
  aspect: number;
  /** Centre of the digit on the pad, as fractions of the pad (0.5, 0.5 = middle). */
  centre: [number, number];
  /** Italic slant in degrees, positive leaning right. */
  slant: number;
  /** Rotation in degrees, positive clockwise. */
  rotation: number;
  /** Amplitude of the slow wobble of the hand along the stroke, as a fraction of the height. */
  wobble: number;
  /** Amplitude of a smooth bending of the whole shape (proportions, loop sizes), as a fraction of the height. */
  elastic: number;
  /** Distance between pointer samples, pad pixels. */
  spacing: number;
  /** Pen pressure: null for a mouse or finger (0.5 throughout), else the mean pressure of a pen. */
  pressure: number | null;
  /** Each stroke drawn this many times, slightly apart (someone thickening the lines). */
  passes: number;
}

type Point = { x: number; y: number };

/** Points along the polyline about `spacing` apart (±30 %), first and last included. */
function resample(points: Point[], spacing: number, rng: Rng): Point[] {
  const out: Point[] = [points[0]];
  const gap = () => spacing * (0.7 + 0.6 * rng.uniform());
  let want = gap();
  let travelled = 0;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    const length = Math.hypot(b.x - a.x, b.y - a.y);
    let from = 0;
    while (length - from >= want - travelled) {
      from += want - travelled;
      out.push({ x: a.x + ((b.x - a.x) * from) / length, y: a.y + ((b.y - a.y) * from) / length });
      travelled = 0;
      want = gap();
    }
    travelled += length - from;
  }
  const last = points[points.length - 1];
  const end = out[out.length - 1];
  if (end.x !== last.x || end.y !== last.y) out.push(last);
  return out;
}

/** The glyph as the hand draws it: strokes of pad-pixel samples with pressure. */
export function write(glyph: Glyph, hand: Hand, seed: number): StrokePoint[][] {
  const rng = createRng(seed);
  const slant = Math.tan((hand.slant * Math.PI) / 180);
  const cos = Math.cos((hand.rotation * Math.PI) / 180);
  const sin = Math.sin((hand.rotation * Math.PI) / 180);
  const waves = Array.from({ length: 3 }, () => ({ f: 2 + 5 * rng.uniform(), px: 2 * Math.PI * rng.uniform(), py: 2 * Math.PI * rng.uniform() }));
  const bends = Array.from({ length: 4 }, () => ({ fx: 6 * (rng.uniform() - 0.5), fy: 6 * (rng.uniform() - 0.5), px: 2 * Math.PI * rng.uniform(), py: 2 * Math.PI * rng.uniform() }));
  const place = (p: P, along: number): Point => {
    let bx = 0;
    let by = 0;
    for (const b of bends) {
      bx += (hand.elastic / 2) * Math.sin(b.fx * p.x + b.fy * p.y + b.px);
      by += (hand.elastic / 2) * Math.sin(b.fy * p.x - b.fx * p.y + b.py);
    }
    let u = (p.x + bx - 0.5) * hand.aspect;
    const v = p.y + by - 0.5;
    u -= slant * v;
    for (const w of waves) u += (hand.wobble / 3) * Math.sin(w.f * along + w.px);
    let vv = v;
    for (const w of waves) vv += (hand.wobble / 3) * Math.sin(w.f * along + w.py);
    const x = cos * u - sin * vv;
    const y = sin * u + cos * vv;
    return { x: hand.centre[0] * PAD + x * hand.height, y: hand.centre[1] * PAD + y * hand.height };
  };
  const strokes: StrokePoint[][] = [];
  let along = 0;
  for (const stroke of glyph) {
    for (let pass = 0; pass < hand.passes; pass++) {
      const shift = pass === 0 ? { x: 0, y: 0 } : { x: (rng.uniform() - 0.5) * 0.06, y: (rng.uniform() - 0.5) * 0.06 };
      const placed: Point[] = [];
      for (let k = 0; k < stroke.length; k++) {
        if (k > 0) along += Math.hypot(stroke[k].x - stroke[k - 1].x, stroke[k].y - stroke[k - 1].y);
        placed.push(place({ x: stroke[k].x + shift.x, y: stroke[k].y + shift.y }, along));
      }
      const sampled = resample(placed, hand.spacing, rng);
      strokes.push(sampled.map((q, k) => {
        const taper = Math.sin((Math.PI * (k + 0.5)) / sampled.length);
        const pressure = hand.pressure === null ? 0.5 : Math.min(1, Math.max(0.05, hand.pressure * (0.75 + 0.35 * taper)));
        return {
          x: Math.min(PAD - 1, Math.max(1, q.x + 0.4 * rng.randn())),
          y: Math.min(PAD - 1, Math.max(1, q.y + 0.4 * rng.randn())),
          pressure,
        };
      }));
    }
  }
  return strokes;
}
