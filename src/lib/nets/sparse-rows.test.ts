import { describe, expect, it } from 'vitest';
import { fromRows, matrix } from '../matrix';
import { imageBatch } from '../mnist/batch';
import { asSparseRows, sparseColumns, sparseImageRows, sparseRows } from './sparse-rows';
import { addScaledRows } from './sparse-kernel';

describe('sparseRows', () => {
  it('keeps the non-zero entries row by row, in column order', () => {
    const s = sparseRows(fromRows([[0, 2, 0, 3], [0, 0, 0, 0], [1, 0, 0, -4]]));
    expect(Array.from(s.start)).toEqual([0, 2, 2, 4]);
    expect(Array.from(s.index)).toEqual([1, 3, 0, 3]);
    expect(Array.from(s.value)).toEqual([2, 3, 1, -4]);
  });
  it('grows for a batch denser than a quarter of its entries', () => {
    const dense = matrix(50, 20, Array.from({ length: 1000 }, (_, i) => i + 1));
    const s = sparseRows(dense);
    expect(s.index.length).toBe(1000);
    expect(Array.from(s.value)).toEqual(Array.from(dense.data));
    expect(s.start[50]).toBe(1000);
  });
  it('handles an empty batch', () => {
    const s = sparseRows(matrix(0, 5));
    expect([s.rows, s.index.length, Array.from(s.start)]).toEqual([0, 0, [0]]);
  });
});

describe('asSparseRows', () => {
  it('builds the sparse rows of a dense batch and passes sparse rows through as they are', () => {
    const dense = fromRows([[0, 2, 0, 3], [1, 0, 0, 0]]);
    expect(asSparseRows(dense)).toEqual(sparseRows(dense));
    const sparse = sparseRows(dense);
    expect(asSparseRows(sparse)).toBe(sparse);
  });
});

describe('sparseColumns', () => {
  it('is the transpose: column i lists (row, value) in row order', () => {
    const s = sparseColumns(sparseRows(fromRows([[0, 2, 0, 3], [5, 0, 0, 0], [1, 0, 0, -4]])));
    expect([s.rows, s.cols]).toEqual([4, 3]);
    expect(Array.from(s.start)).toEqual([0, 2, 3, 3, 5]);
    expect(Array.from(s.index)).toEqual([1, 2, 0, 0, 2]);
    expect(Array.from(s.value)).toEqual([5, 1, 2, 3, -4]);
  });
});

describe('addScaledRows', () => {
  it('adds Σ value·src row for any number of entries (8-wide blocks, pairs and a single one)', () => {
    const width = 3;
    const src = Float64Array.from({ length: 12 * width }, (_, i) => i % 7);
    for (const count of [0, 1, 2, 3, 8, 11]) {
      const index = Int32Array.from({ length: count }, (_, p) => (p * 5) % 12);
      const value = Float64Array.from({ length: count }, (_, p) => p - 1.5);
      const out = Float64Array.from([1, 2, 3, 4]);
      addScaledRows(out, 1, src, width, index, value, 0, count);
      const expected = [1, 2, 3, 4];
      for (let p = 0; p < count; p++) for (let j = 0; j < width; j++) expected[1 + j] += value[p] * src[index[p] * width + j];
      for (let j = 0; j < 4; j++) expect(out[j]).toBeCloseTo(expected[j], 12);
    }
  });
});

describe('sparseImageRows', () => {
  it('equals sparseRows(imageBatch(…)) for byte images, also when a batch outgrows a quarter of its entries', () => {
    const images = Uint8Array.from({ length: 6 * 9 }, (_, i) => (i % 4 === 0 ? 0 : (i * 37) % 256));
    for (const indices of [[4, 0, 4, 2], [5, 1]]) {
      const expected = sparseRows(imageBatch(images, 9, indices));
      const actual = sparseImageRows(images, 9, indices);
      expect([actual.rows, actual.cols]).toEqual([expected.rows, expected.cols]);
      expect(Array.from(actual.start)).toEqual(Array.from(expected.start));
      expect(Array.from(actual.index)).toEqual(Array.from(expected.index));
      expect(Array.from(actual.value)).toEqual(Array.from(expected.value));
    }
    expect(() => sparseImageRows(images, 9, [6])).toThrow(RangeError);
  });
});
