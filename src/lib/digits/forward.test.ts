import { describe, expect, it } from 'vitest';
import { forwardDigit, type NetParams } from './forward';

// 3 inputs, 2 hidden units, 2 classes, small enough to check by hand.
const params: NetParams = {
  inputSize: 3,
  hiddenSize: 2,
  outputSize: 2,
  W1: [1, -1, 2, 0.5, 0, 3],
  b1: [0.5, -4],
  W2: [1, 2, -1, 1],
  b2: [0, -1],
};

describe('forwardDigit', () => {
  it('computes ReLU(x·W1 + b1), then the scores and their softmax', () => {
    // x·W1 + b1 = (1·1 + 0.5·2 + 0 + 0.5, 1·(−1) + 0.5·0.5 + 0 − 4) = (2.5, −4.75) → ReLU (2.5, 0)
    const out = forwardDigit(params, [1, 0.5, 0]);
    expect(Array.from(out.hidden)).toEqual([2.5, 0]);
    // scores = (2.5·1, 2.5·2 − 1) = (2.5, 4)
    expect(Array.from(out.scores)).toEqual([2.5, 4]);
    expect(out.probabilities[1]).toBeCloseTo(1 / (1 + Math.exp(-1.5)), 15);
    expect(out.probabilities[0] + out.probabilities[1]).toBeCloseTo(1, 15);
  });

  it('lets the third pixel reach both hidden units', () => {
    const out = forwardDigit(params, [0, 0, 2]);
    // x·W1 + b1 = (0.5, 6 − 4) = (0.5, 2); scores = (0.5 − 2, 1 + 2 − 1) = (−1.5, 2)
    expect(Array.from(out.hidden)).toEqual([0.5, 2]);
    expect(Array.from(out.scores)).toEqual([-1.5, 2]);
  });

  it('refuses an input or parameters of the wrong size', () => {
    expect(() => forwardDigit(params, [1, 2])).toThrow(RangeError);
    expect(() => forwardDigit({ ...params, b2: [0] }, [1, 2, 3])).toThrow(RangeError);
  });
});
