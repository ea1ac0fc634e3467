import { describe, expect, it } from 'vitest';
import { strangerSet } from '../../../tests/strokes/strangers';
import { centreOfMass } from './gray-image';
import { inkCoverage, MNIST_INK_RANGE } from './ink-range';
import { DIGIT_CENTRE } from './preprocess';
import { rasteriseStrokes } from './rasterise';
import { dropTaps } from './strokes';
import { MNIST_STROKE_WIDTH, strokeWidth } from './stroke-width';

// The pad's smallest enlarged extent, as digit-input.ts sets it (2 % of 280 px).
const MIN_EXTENT = 5.6;

describe('drawings in styles and habits the other stroke sets lack', () => {
  const drawings = strangerSet();

  it('covers every digit in several styles, each by every hand', () => {
    expect(new Set(drawings.map((d) => d.digit)).size).toBe(10);
    for (let digit = 0; digit <= 9; digit++) expect(new Set(drawings.filter((d) => d.digit === digit).map((d) => d.style)).size).toBeGreaterThanOrEqual(2);
    // A flick leaves few samples: the pipeline must cope with strokes of a handful of points.
    const flick = drawings.filter((d) => d.hand === 'flick');
    expect(Math.min(...flick.map((d) => Math.min(...d.strokes.map((s) => s.length))))).toBeLessThan(5);
  });

  it('become MNIST-like inputs: centred by mass, with MNIST’s amount of ink and stroke width', () => {
    for (const d of drawings) {
      const raster = rasteriseStrokes(d.strokes, { minExtent: MIN_EXTENT });
      if (!raster) throw new Error(`${d.digit} ${d.style} ${d.hand} drew nothing`);
      const com = centreOfMass(raster.final);
      expect(Math.abs((com?.x ?? 0) - DIGIT_CENTRE), `${d.digit} ${d.style} ${d.hand}`).toBeLessThan(0.5);
      expect(Math.abs((com?.y ?? 0) - DIGIT_CENTRE), `${d.digit} ${d.style} ${d.hand}`).toBeLessThan(0.5);
      const ink = inkCoverage(raster.final);
      expect(ink).toBeGreaterThan(MNIST_INK_RANGE.min);
      expect(ink).toBeLessThan(MNIST_INK_RANGE.max);
      const width = strokeWidth(raster.final);
      expect(width).toBeGreaterThan(MNIST_STROKE_WIDTH.low);
      expect(width).toBeLessThan(MNIST_STROKE_WIDTH.high);
    }
  });

  it('give the same input with a stray tap in a corner of the pad, once taps are dropped', () => {
    for (const d of drawings.filter((_, k) => k % 7 === 0)) {
      const alone = rasteriseStrokes(d.strokes, { minExtent: MIN_EXTENT });
      const tapped = rasteriseStrokes(dropTaps([...d.strokes, [{ x: 272, y: 8, pressure: 0.5 }]], MIN_EXTENT).strokes, { minExtent: MIN_EXTENT });
      expect(Array.from(tapped?.final.data ?? [])).toEqual(Array.from(alone?.final.data ?? []));
    }
  });
});
