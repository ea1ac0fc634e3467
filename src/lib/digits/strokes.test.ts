import { describe, expect, it } from 'vitest';
import { dropTaps, pressureFactor, smoothStroke, strokeBounds, type StrokePoint } from './strokes';

const pt = (x: number, y: number, pressure = 0.5): StrokePoint => ({ x, y, pressure });

describe('strokes', () => {
  it('bound every sample of every stroke, or nothing', () => {
    expect(strokeBounds([[pt(3, 4), pt(10, -2)], [pt(-1, 7)]])).toEqual({ left: -1, top: -2, right: 10, bottom: 7 });
    expect(strokeBounds([])).toBeNull();
    expect(strokeBounds([[]])).toBeNull();
  });

  it('drop dot-sized strokes beside a drawing, and keep a lone dot', () => {
    const one = [pt(140, 40), pt(140, 240)];
    const tap = [pt(270, 270)];
    const jiggle = [pt(20, 20), pt(23, 22)];
    expect(dropTaps([one, tap, jiggle], 5.6)).toEqual({ strokes: [one], dropped: 2 });
    expect(dropTaps([tap], 5.6)).toEqual({ strokes: [tap], dropped: 0 });
    expect(dropTaps([tap, jiggle], 5.6)).toEqual({ strokes: [tap, jiggle], dropped: 0 });
    expect(dropTaps([], 5.6)).toEqual({ strokes: [], dropped: 0 });
  });

  it('widen the pen with pressure around the neutral 0.5, within limits', () => {
    expect(pressureFactor(0.5)).toBe(1);
    expect(pressureFactor(0)).toBeCloseTo(0.6, 12);
    expect(pressureFactor(1)).toBeCloseTo(1.4, 12);
    expect(pressureFactor(7)).toBeCloseTo(1.4, 12);
    expect(pressureFactor(Number.NaN)).toBe(1);
  });

  it('pass through every sample and cut the pieces between them short', () => {
    const samples = [pt(0, 0), pt(10, 10), pt(20, 0), pt(30, 10)];
    const smooth = smoothStroke(samples, 1);
    for (const s of samples) expect(smooth.some((p) => Math.hypot(p.x - s.x, p.y - s.y) < 1e-9)).toBe(true);
    for (let i = 1; i < smooth.length; i++) expect(Math.hypot(smooth[i].x - smooth[i - 1].x, smooth[i].y - smooth[i - 1].y)).toBeLessThanOrEqual(1.2);
  });

  it('round a loop drawn with few samples into a circle, but keep the corner of a 7', () => {
    // Eight samples on a circle of radius 10: a straight edge between two of them comes within 9.24 of the centre.
    const octagon = Array.from({ length: 9 }, (_, k) => pt(10 * Math.cos((k * Math.PI) / 4), 10 * Math.sin((k * Math.PI) / 4)));
    // Away from the ends, where the tangents are one-sided.
    const radii = smoothStroke(octagon, 0.5).filter((p) => p.x < -1).map((p) => Math.hypot(p.x, p.y));
    expect(Math.min(...radii)).toBeGreaterThan(9.8);
    const seven = smoothStroke([pt(0, 0), pt(20, 0), pt(8, 30)], 0.5);
    // The top bar stays straight: no point of it bulges off y = 0.
    expect(Math.max(...seven.filter((p) => p.x < 19 && p.y < 1).map((p) => Math.abs(p.y)))).toBeLessThan(1e-9);
  });

  it('interpolate pressure and drop repeated samples', () => {
    const smooth = smoothStroke([pt(0, 0, 0), pt(0, 0, 0), pt(4, 0, 1), pt(8, 1, 1)], 1);
    expect(smooth[0]).toEqual(pt(0, 0, 0));
    expect(smooth[2].pressure).toBeCloseTo(0.5, 12);
    expect(smoothStroke([pt(1, 1)], 1)).toEqual([pt(1, 1)]);
  });
});
