import { describe, expect, it } from 'vitest';
import { fromRows } from '../matrix';
import { sparseTargets, targetClasses } from './targets';

describe('sparseTargets', () => {
  it('turns labels into one class of weight 1 per row', () => {
    const t = sparseTargets([2, 0], 2, 3);
    expect([Array.from(t.start), Array.from(t.cls), Array.from(t.weight)]).toEqual([[0, 1, 2], [2, 0], [1, 1]]);
  });
  it('keeps every non-zero class of a target matrix with its weight', () => {
    const t = sparseTargets(fromRows([[0, 1, 0], [0.25, 0, 0.75]]), 2, 3);
    expect([Array.from(t.start), Array.from(t.cls), Array.from(t.weight)]).toEqual([[0, 1, 3], [1, 0, 2], [1, 0.25, 0.75]]);
  });
  it('refuses what crossEntropyError refuses, with the same codes', () => {
    expect(() => sparseTargets([0, 3], 2, 3)).toThrow(expect.objectContaining({ code: 'bad-label' }));
    expect(() => sparseTargets([0, 1.5], 2, 3)).toThrow(expect.objectContaining({ code: 'bad-label' }));
    expect(() => sparseTargets([0], 2, 3)).toThrow(expect.objectContaining({ code: 'shape-mismatch' }));
    expect(() => sparseTargets(fromRows([[0, 2, -1]]), 1, 3)).toThrow(expect.objectContaining({ code: 'not-a-distribution' }));
    expect(() => sparseTargets(fromRows([[0.5, 0.4, 0]]), 1, 3)).toThrow(/sums to 0.9/);
    expect(() => sparseTargets([], 0, 3)).toThrow(expect.objectContaining({ code: 'empty' }));
  });
});

describe('targetClasses', () => {
  it('passes labels through and takes the argmax of target rows', () => {
    expect(Array.from(targetClasses([4, 1]))).toEqual([4, 1]);
    expect(Array.from(targetClasses(fromRows([[0, 0, 1], [0.6, 0.4, 0]])))).toEqual([2, 0]);
  });
});
