import { describe, expect, it } from 'vitest';
import { centreOfMass, type GrayImage } from './gray-image';
import { DRAWING_STROKE_WIDTH, rasteriseStrokes } from './rasterise';
import { DIGIT_CENTRE } from './preprocess';
import { strokeWidth } from './stroke-width';
import type { StrokePoint } from './strokes';

const meanAbsDiff = (a: GrayImage, b: GrayImage) => a.data.reduce((s, v, i) => s + Math.abs(v - b.data[i]), 0) / a.data.length;

/** A 2 drawn on a 280 px pad: a hook, a diagonal and a base, sampled every few pixels. */
function two(scale: number, x: number, y: number): StrokePoint[][] {
  const points: StrokePoint[] = [];
  for (let k = 0; k <= 30; k++) {
    const a = Math.PI * (1.1 + (1.1 * k) / 30);
    points.push({ x: 100 + 60 * Math.cos(a), y: 80 + 60 * Math.sin(a), pressure: 0.5 });
  }
  for (let k = 1; k <= 20; k++) points.push({ x: 160 - (120 * k) / 20, y: 100 + (120 * k) / 20, pressure: 0.5 });
  for (let k = 1; k <= 15; k++) points.push({ x: 40 + (130 * k) / 15, y: 220, pressure: 0.5 });
  return [points.map((p) => ({ ...p, x: x + p.x * scale, y: y + p.y * scale }))];
}

function final(strokes: StrokePoint[][]): GrayImage {
  const result = rasteriseStrokes(strokes);
  if (!result) throw new Error('nothing drawn');
  return result.final;
}

describe('rasteriseStrokes', () => {
  it('gives nearly the same 28 × 28 for a digit drawn at 0.3 × and at full size, anywhere on the pad', () => {
    const large = final(two(1, 0, 0));
    const small = final(two(0.3, 170, 12.5));
    expect(meanAbsDiff(small, large)).toBeLessThanOrEqual(0.05);
    expect(meanAbsDiff(final(two(0.55, 3, 120)), large)).toBeLessThanOrEqual(0.05);
  });

  it('draws with a pen that is a fixed share of the fitted box, whatever size the digit was drawn', () => {
    const widths = [0.25, 0.5, 1].map((s) => strokeWidth(final(two(s, 10, 10))));
    for (const w of widths) expect(w).toBeCloseTo(widths[2], 1);
    const thick = rasteriseStrokes(two(1, 0, 0), { width: 2 * DRAWING_STROKE_WIDTH });
    expect(thick?.width).toBe(2 * DRAWING_STROKE_WIDTH);
    expect(strokeWidth(thick!.final)).toBeGreaterThan(1.6 * widths[2]);
  });

  it('fits the bounding box, pen included, into 20 × 20 keeping the aspect ratio', () => {
    const result = rasteriseStrokes(two(0.5, 0, 0));
    const { bounds, scale, width } = result!;
    expect(Math.max(bounds.right - bounds.left, bounds.bottom - bounds.top) * scale + width).toBeCloseTo(20, 9);
    // A tall stroke (a 1): 20 high, only the pen wide.
    const one = rasteriseStrokes([[{ x: 50, y: 10, pressure: 0.5 }, { x: 50, y: 200, pressure: 0.5 }]]);
    const ink = Array.from({ length: 28 }, (_, x) => one!.final.data.reduce((s, v, i) => s + (i % 28 === x ? v : 0), 0)).filter((v) => v > 0.01);
    expect(ink.length).toBeLessThanOrEqual(Math.ceil(DRAWING_STROKE_WIDTH + 2));
  });

  it('moves the centre of mass to (14, 14)', () => {
    for (const strokes of [two(1, 0, 0), two(0.3, 190, 190), [[{ x: 5, y: 5, pressure: 0.5 }, { x: 60, y: 5, pressure: 0.5 }, { x: 60, y: 90, pressure: 0.5 }]]]) {
      const com = centreOfMass(final(strokes));
      expect(Math.abs(com!.x - DIGIT_CENTRE)).toBeLessThan(0.25);
      expect(Math.abs(com!.y - DIGIT_CENTRE)).toBeLessThan(0.25);
    }
  });

  it('keeps a dot a dot, widens hard-pressed strokes, and draws nothing for nothing', () => {
    const dot = rasteriseStrokes([[{ x: 140, y: 140, pressure: 0.5 }]], { minExtent: 10 });
    const ink = dot!.final.data.reduce((s, v) => s + v, 0);
    expect(ink).toBeGreaterThan(2);
    expect(ink).toBeLessThan(10);
    const press = (pressure: number) => final(two(1, 0, 0).map((s) => s.map((p) => ({ ...p, pressure }))));
    expect(strokeWidth(press(1))).toBeGreaterThan(strokeWidth(press(0.5)) + 0.3);
    expect(strokeWidth(press(0.1))).toBeLessThan(strokeWidth(press(0.5)) - 0.3);
    expect(rasteriseStrokes([])).toBeNull();
    expect(rasteriseStrokes([[]])).toBeNull();
  });

  it('keeps ink in [0, 1] where strokes cross', () => {
    const cross = final([[{ x: 0, y: 0, pressure: 0.5 }, { x: 100, y: 100, pressure: 0.5 }], [{ x: 100, y: 0, pressure: 0.5 }, { x: 0, y: 100, pressure: 0.5 }]]);
    expect(Math.max(...cross.data)).toBe(1);
    expect(Math.min(...cross.data)).toBe(0);
  });
});
