import { describe, expect, it } from 'vitest';
import { evaluateSet, guessDigit } from './evaluate-set';
import type { NetParams } from './forward';

/** A network that answers the index of the brightest of the first ten pixels (hidden = those pixels). */
function brightest(): NetParams {
  const inputSize = 784;
  const hiddenSize = 10;
  const W1 = new Float64Array(inputSize * hiddenSize);
  for (let j = 0; j < hiddenSize; j++) W1[j * hiddenSize + j] = 1;
  const W2 = new Float64Array(hiddenSize * 10);
  for (let j = 0; j < 10; j++) W2[j * 10 + j] = 50;
  return { inputSize, hiddenSize, outputSize: 10, W1, b1: new Float64Array(hiddenSize), W2, b2: new Float64Array(10) };
}

const digitLit = (label: number, lit: number) => {
  const pixels = new Uint8Array(784);
  pixels[lit] = 255;
  return { label, pixels };
};

describe('evaluateSet', () => {
  it('counts right and wrong guesses overall, per class and in the confusion matrix', () => {
    const net = brightest();
    expect(guessDigit(net, digitLit(0, 4).pixels)).toBe(4);
    const result = evaluateSet(net, [digitLit(4, 4), digitLit(4, 9), digitLit(7, 7), digitLit(1, 7)]);
    expect(result.guesses).toEqual([4, 9, 7, 7]);
    expect(result.correct).toBe(2);
    expect(result.accuracy).toBe(0.5);
    expect(result.perClass[4]).toEqual({ count: 2, correct: 1 });
    expect(result.perClass[1]).toEqual({ count: 1, correct: 0 });
    expect(result.confusion[4][9]).toBe(1);
    expect(result.confusion[1][7]).toBe(1);
    expect(result.confusion.flat().reduce((a, b) => a + b, 0)).toBe(4);
  });

  it('has no accuracy for an empty set', () => {
    expect(evaluateSet(brightest(), []).accuracy).toBeNull();
  });
});
