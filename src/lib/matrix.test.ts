import { describe, expect, it } from 'vitest';
import { addRowVector, argmaxRows, dot, fromRows, matrix, outer, relu, toRows, transpose, vecDot } from './matrix';

describe('matrix helpers', () => {
  it('multiplies (2×3)·(3×2)', () => {
    const a = fromRows([[1, 2, 3], [4, 5, 6]]);
    const b = fromRows([[7, 8], [9, 10], [11, 12]]);
    expect(toRows(dot(a, b))).toEqual([[58, 64], [139, 154]]);
  });
  it('refuses misaligned shapes', () => {
    expect(() => dot(matrix(2, 3), matrix(2, 3))).toThrow(/not aligned/);
    expect(() => matrix(2, 2, [1, 2, 3])).toThrow(/needs 4/);
  });
  it('multiplies a vector by a matrix like np.dot(x, W)', () => {
    const w = fromRows([[1, 2, 3], [4, 5, 6]]);
    expect(Array.from(vecDot([0.5, 1], w))).toEqual([4.5, 6, 7.5]);
  });
  it('adds a row vector to every row, applies ReLU, finds row argmax', () => {
    const a = addRowVector(fromRows([[1, -2], [-3, 4]]), [1, 1]);
    expect(toRows(a)).toEqual([[2, -1], [-2, 5]]);
    expect(toRows(relu(a))).toEqual([[2, 0], [0, 5]]);
    expect(Array.from(argmaxRows(fromRows([[1, 3, 3], [5, 0, 1]])))).toEqual([1, 0]);
  });
  it('transposes and forms outer products', () => {
    expect(toRows(transpose(fromRows([[1, 2, 3]])))).toEqual([[1], [2], [3]]);
    expect(toRows(outer([1, 2], [3, 4]))).toEqual([[3, 4], [6, 8]]);
  });
});
