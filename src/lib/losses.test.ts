import { describe, expect, it } from 'vitest';
import { fromRows } from './matrix';
import { crossEntropyError, LossInputError, meanSquaredError, numpyCrossEntropy, oneHot, pairwiseSum, softmax } from './losses';

const notesT = [0, 0, 1, 0, 0, 0, 0, 0, 0, 0];
const notesY = [0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0];

describe('meanSquaredError', () => {
  it("reproduces the notes' 0.019500000000000007 to the last bit", () => {
    expect(meanSquaredError(notesY, notesT)).toBe(0.019500000000000007);
  });
  it('is symmetric in its arguments (the notes name them the other way round)', () => {
    expect(meanSquaredError(notesT, notesY)).toBe(meanSquaredError(notesY, notesT));
  });
  it('refuses vectors of different length', () => {
    expect(() => meanSquaredError([1, 2], [1])).toThrow(LossInputError);
  });
  it('sums long vectors in NumPy pairwise order', () => {
    const v = Float64Array.from({ length: 1000 }, (_, i) => 1 / (i + 1));
    const naive = v.reduce((s, x) => s + x, 0);
    expect(pairwiseSum(v)).toBeCloseTo(naive, 12);
  });
});

describe('crossEntropyError', () => {
  it("reproduces the notes' 0.510825457099338", () => {
    expect(crossEntropyError(notesY, notesT)).toBe(0.510825457099338);
  });
  it('gives the same value for a class index as for the one-hot vector', () => {
    expect(crossEntropyError(notesY, 2)).toBe(0.510825457099338);
  });
  it('is +∞, not NaN, when δ = 0 and the true class has probability 0', () => {
    expect(crossEntropyError(notesY, 3, 0)).toBe(Infinity);
    expect(crossEntropyError(notesY, [0, 0, 0, 1, 0, 0, 0, 0, 0, 0], 0)).toBe(Infinity);
  });
  it('differs from NumPy without δ: NumPy prints nan for the notes’ own example, although ŷ₂ = 0.6', () => {
    expect(numpyCrossEntropy(notesY, notesT)).toBe(0.510825457099338);
    expect(numpyCrossEntropy(notesY, notesT, 0)).toBeNaN();
    expect(crossEntropyError(notesY, notesT, 0)).toBe(0.5108256237659907);
    expect(-Math.log(0.6)).toBe(0.5108256237659907);
    // δ moves the 7th digit: 0.5108254571 against 0.5108256238.
    expect(crossEntropyError(notesY, notesT).toFixed(10)).toBe('0.5108254571');
    expect(numpyCrossEntropy([0.1, 0.2, 0.7], [0, 0, 1], 0)).toBe(-Math.log(0.7));
  });
  it('averages over a batch, one-hot matrix and labels alike', () => {
    const y = fromRows([notesY, [0.1, 0.8, 0.1, 0, 0, 0, 0, 0, 0, 0]]);
    const expected = (-Math.log(0.6 + 1e-7) - Math.log(0.8 + 1e-7)) / 2;
    expect(crossEntropyError(y, [2, 1])).toBeCloseTo(expected, 15);
    expect(crossEntropyError(y, oneHot([2, 1], 10))).toBeCloseTo(expected, 15);
  });
  it('refuses a one-hot vector where batch labels are expected (the notes\' simpleNet mistake)', () => {
    const y = fromRows([[0.2, 0.3, 0.5]]);
    expect(() => crossEntropyError(y, [0, 0, 1])).toThrow(/one-hot/);
  });
  it('refuses labels where a distribution is expected', () => {
    expect(() => crossEntropyError([0.2, 0.3, 0.5], [0, 2, 1])).toThrow(LossInputError);
    expect(() => crossEntropyError([0.2, 0.3, 0.5], [0.5, 0.2, 0.2])).toThrow(/sums to/);
  });
  it('refuses labels out of range or fractional', () => {
    expect(() => crossEntropyError([0.2, 0.3, 0.5], 3)).toThrow(LossInputError);
    expect(() => crossEntropyError([0.2, 0.3, 0.5], 1.5)).toThrow(LossInputError);
    expect(() => crossEntropyError(fromRows([[0.5, 0.5]]), [-1])).toThrow(LossInputError);
  });
});

describe('softmax', () => {
  it('is a distribution and stable for huge scores', () => {
    const p = softmax([1000, 1001, 1002]);
    expect(p.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 15);
    expect(p[2]).toBeCloseTo(Math.exp(2) / (1 + Math.exp(1) + Math.exp(2)), 15);
  });
  it('normalises each row of a matrix separately', () => {
    const p = softmax(fromRows([[0, 0], [0, Math.log(3)]]));
    [0.5, 0.5, 0.25, 0.75].forEach((v, i) => expect(p.data[i]).toBeCloseTo(v, 15));
  });
});
