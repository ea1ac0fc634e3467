import { describe, expect, it } from 'vitest';
import { crossEntropyError, oneHot, softmax } from '../losses';
import { fromRows } from '../matrix';
import { notesCeeWithOneHot, notesOneHotCeeWithLabels, predictions, sampleTerms } from './batch-cee';

const labels = [5, 0, 4, 1, 9, 2, 1, 3, 1, 4];

describe('batch CEE with one-hot and with label targets', () => {
  it('agree for every predictor', () => {
    for (const kind of ['uniform', 'right', 'wrong'] as const) {
      const yHat = predictions(kind, labels, 0.9);
      const withOneHot = crossEntropyError(yHat, oneHot(labels, 10));
      expect(crossEntropyError(yHat, labels)).toBeCloseTo(withOneHot, 14);
      const terms = sampleTerms(oneHot(labels, 10), yHat);
      expect(terms.reduce((s, v) => s + v, 0) / labels.length).toBeCloseTo(withOneHot, 14);
    }
  });

  it('gives ln K for the uniform predictor and −ln c when confident and right', () => {
    expect(crossEntropyError(predictions('uniform', labels, 0.9), labels)).toBeCloseTo(-Math.log(0.1 + 1e-7), 14);
    expect(crossEntropyError(predictions('uniform', labels, 0.9), labels)).toBeCloseTo(2.302584, 6);
    expect(crossEntropyError(predictions('right', labels, 0.9), labels)).toBeCloseTo(0.1053604, 7);
    expect(crossEntropyError(predictions('wrong', labels, 0.9), labels)).toBeCloseTo(4.4998, 4);
  });

  it('makes each predictor row a distribution', () => {
    const yHat = predictions('wrong', [9], 0.7);
    expect(Array.from(yHat.data).reduce((s, v) => s + v, 0)).toBeCloseTo(1, 15);
    expect(yHat.data[0]).toBe(0.7);
  });
});

describe("the notes' mix-up of one-hot targets and labels", () => {
  it("reproduces the notes' 2.4266863… for simpleNet's scores with t = [0, 0, 1], against the right 1.8451", () => {
    const y = softmax(fromRows([[0.56284415, -0.07093683, -0.68461625]]));
    expect(notesCeeWithOneHot(y, fromRows([[0, 0, 1]]))).toBeCloseTo(2.4266863149107696, 7);
    expect(crossEntropyError(y, [2])).toBeCloseTo(1.8451, 4);
  });

  it('silently computes a wrong number when N = K = 10, and fails for other N', () => {
    const yHat = predictions('right', labels, 0.9);
    const wrong = notesCeeWithOneHot(yHat, oneHot(labels, 10));
    // Of the 100 picked entries ŷ[j, t_ij], 8 land on a 0.9 and 92 on a 0.1/9 (counted by hand for these labels).
    expect(wrong).toBeCloseTo(-(8 * Math.log(0.9 + 1e-7) + 92 * Math.log(0.1 / 9 + 1e-7)) / 10, 12);
    expect(notesCeeWithOneHot(predictions('right', [1, 2, 3], 0.9), oneHot([1, 2, 3], 10))).toBeNull();
    expect(notesOneHotCeeWithLabels(predictions('uniform', [1, 2, 3], 0.9), [1, 2, 3])).toBeNull();
    // Labels used as weights: every row sums Σ_k t_k log(1/10), so the result is −(Σ t)·log(0.1 + δ).
    const sumOfLabels = labels.reduce((s, v) => s + v, 0);
    expect(notesOneHotCeeWithLabels(predictions('uniform', labels, 0.9), labels)).toBeCloseTo(-sumOfLabels * Math.log(0.1 + 1e-7), 12);
  });
});
