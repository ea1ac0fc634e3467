import { describe, expect, it } from 'vitest';
import { centreOfMass, crop, fromAlpha, fromBytes, grayImage, inkBoundingBox, resizeArea, toBytes } from './gray-image';

const img = (width: number, height: number, values: number[]) => grayImage(width, height, Float64Array.from(values));

describe('gray images', () => {
  it('reads bytes as ink / 255 and alpha as ink, and writes bytes back', () => {
    expect(Array.from(fromBytes(Uint8Array.from([9, 0, 255, 51]), 2, 1, 2).data)).toEqual([1, 0.2]);
    expect(Array.from(fromAlpha([0, 0, 0, 255, 255, 255, 255, 0], 2, 1).data)).toEqual([1, 0]);
    expect(Array.from(toBytes(img(3, 1, [0.2, 1.4, -1])))).toEqual([51, 255, 0]);
  });

  it('refuses sizes and buffers that do not fit', () => {
    expect(() => grayImage(0, 3)).toThrow(RangeError);
    expect(() => grayImage(2, 2, new Float64Array(3))).toThrow(RangeError);
  });

  it('finds the bounding box of the ink above a threshold', () => {
    const image = img(4, 3, [0, 0, 0, 0, 0, 0.5, 0.01, 0, 0, 0, 0.3, 0]);
    expect(inkBoundingBox(image)).toEqual({ left: 1, top: 1, width: 2, height: 2 });
    expect(inkBoundingBox(image, 0.1)).toEqual({ left: 1, top: 1, width: 2, height: 2 });
    expect(inkBoundingBox(image, 0.4)).toEqual({ left: 1, top: 1, width: 1, height: 1 });
    expect(inkBoundingBox(image, 0.6)).toBeNull();
  });

  it('crops a box', () => {
    const image = img(3, 3, [1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(Array.from(crop(image, { left: 1, top: 1, width: 2, height: 2 }).data)).toEqual([5, 6, 8, 9]);
  });

  it('area-averages when shrinking, weighting partly covered pixels by overlap', () => {
    expect(Array.from(resizeArea(img(4, 1, [1, 0, 1, 1]), 2, 1).data)).toEqual([0.5, 1]);
    const third = resizeArea(img(3, 1, [1, 0, 1]), 2, 1).data;
    expect(third[0]).toBeCloseTo(2 / 3, 15);
    expect(third[1]).toBeCloseTo(2 / 3, 15);
    expect(Array.from(resizeArea(img(2, 2, [1, 0, 0, 0]), 1, 1).data)).toEqual([0.25]);
  });

  it('repeats pixels when growing by a whole factor', () => {
    expect(Array.from(resizeArea(img(2, 1, [1, 0.5]), 4, 2).data)).toEqual([1, 1, 0.5, 0.5, 1, 1, 0.5, 0.5]);
  });

  it('keeps the total ink per area when resizing', () => {
    const image = img(5, 3, [0, 1, 0.5, 0, 0.25, 1, 1, 0, 0.75, 0, 0, 0.5, 0.5, 0, 1]);
    const mean = (d: Float64Array) => d.reduce((s, v) => s + v, 0) / d.length;
    expect(mean(resizeArea(image, 2, 2).data)).toBeCloseTo(mean(image.data), 12);
    expect(mean(resizeArea(image, 7, 4).data)).toBeCloseTo(mean(image.data), 12);
  });

  it('computes the centre of mass, or null without ink', () => {
    expect(centreOfMass(img(3, 2, [1, 0, 3, 0, 0, 0]))).toEqual({ x: 1.5, y: 0 });
    expect(centreOfMass(img(2, 2, [0, 0, 0, 0]))).toBeNull();
  });
});
