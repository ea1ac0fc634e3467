import { describe, expect, it } from 'vitest';
import { classCounts, findImages, previousPageStart, sampleBatchIndices } from './sample';

describe('sampleBatchIndices', () => {
  it('gives the same batch for the same seed, every time', () => {
    const a = sampleBatchIndices(42, 60000, 10);
    expect(sampleBatchIndices(42, 60000, 10)).toEqual(a);
    expect(sampleBatchIndices(43, 60000, 10)).not.toEqual(a);
    expect(a.length).toBe(10);
    expect(a.every((i) => Number.isInteger(i) && i >= 0 && i < 60000)).toBe(true);
  });

  it('draws with replacement, so a large batch from a small set repeats indices', () => {
    const batch = sampleBatchIndices(1, 5, 1000);
    expect(new Set(batch).size).toBe(5);
    expect(classCounts(new Uint8Array([0, 1, 2, 3, 4]), batch, 5).reduce((s, c) => s + c, 0)).toBe(1000);
  });

  it('a longer batch with the same seed starts with the shorter one', () => {
    expect(Array.from(sampleBatchIndices(7, 60000, 100).subarray(0, 10))).toEqual(Array.from(sampleBatchIndices(7, 60000, 10)));
  });
});

describe('classCounts and the gallery search', () => {
  const labels = new Uint8Array([5, 0, 4, 1, 9, 2, 1, 3, 1, 4]);

  it('counts each class of the batch', () => {
    expect(Array.from(classCounts(labels, [3, 6, 8, 0, 0]))).toEqual([0, 3, 0, 0, 0, 2, 0, 0, 0, 0]);
  });

  it('finds images of a class from a start index, and the page before', () => {
    expect(findImages(labels, 0, 1, 2)).toEqual([3, 6]);
    expect(findImages(labels, 7, 1, 5)).toEqual([8]);
    expect(findImages(labels, 8, null, 5)).toEqual([8, 9]);
    expect(previousPageStart(labels, 8, 1, 2)).toBe(3);
    expect(previousPageStart(labels, 4, null, 3)).toBe(1);
    expect(previousPageStart(labels, 2, null, 3)).toBe(0);
  });
});
