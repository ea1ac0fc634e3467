import { describe, expect, it } from 'vitest';
import { imageBatch, labelBatch } from './batch';

describe('imageBatch', () => {
  const images = Uint8Array.from([0, 255, 51, 102, 1, 2, 3, 4, 10, 20, 30, 40]);
  it('gathers the chosen images as rows of pixel/255, repeats allowed', () => {
    const x = imageBatch(images, 4, [2, 0, 2]);
    expect([x.rows, x.cols]).toEqual([3, 4]);
    expect(Array.from(x.data)).toEqual([10, 20, 30, 40, 0, 255, 51, 102, 10, 20, 30, 40].map((v) => v / 255));
  });
  it('gives an empty batch for no indices', () => {
    expect(imageBatch(images, 4, []).rows).toBe(0);
  });
  it('refuses indices outside the set and a bad image size', () => {
    expect(() => imageBatch(images, 4, [3])).toThrow(/index 3 is not in 0…2/);
    expect(() => imageBatch(images, 4, [-1])).toThrow(RangeError);
    expect(() => imageBatch(images, 4, [0.5])).toThrow(RangeError);
    expect(() => imageBatch(images, 0, [0])).toThrow(/pixelsPerImage/);
  });
});

describe('labelBatch', () => {
  it('gathers labels as class indices', () => {
    expect(Array.from(labelBatch(Uint8Array.from([7, 2, 9]), [2, 2, 0]))).toEqual([9, 9, 7]);
  });
  it('refuses an index past the end', () => {
    expect(() => labelBatch(Uint8Array.from([7]), [1])).toThrow(/index 1 is not in 0…0/);
  });
});
