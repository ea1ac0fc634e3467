import { describe, expect, it } from 'vitest';
import type { ImageSet } from '../mnist/types';
import { confusionExamples } from './confusions';
import type { NetParams } from './forward';

/** A network whose score for class c is 20 × pixel c (hidden units copy the first ten pixels). */
function pixelVotes(): NetParams {
  const W1 = new Float64Array(784 * 10);
  for (let j = 0; j < 10; j++) W1[j * 10 + j] = 1;
  const W2 = new Float64Array(100);
  for (let j = 0; j < 10; j++) W2[j * 10 + j] = 20;
  return { inputSize: 784, hiddenSize: 10, outputSize: 10, W1, b1: new Float64Array(10), W2, b2: new Float64Array(10) };
}

/** Images each lighting its label's pixel fully and pixel `other` at `ink` (0–255). */
function set(images: { label: number; other: number; ink: number }[]): ImageSet {
  const bytes = new Uint8Array(images.length * 784);
  images.forEach(({ label, other, ink }, n) => {
    bytes[n * 784 + label] = 255;
    bytes[n * 784 + other] = Math.max(bytes[n * 784 + other], ink);
  });
  return { count: images.length, rows: 28, cols: 28, images: bytes, labels: Uint8Array.from(images.map((i) => i.label)) };
}

describe('confusionExamples', () => {
  const images = set([
    { label: 4, other: 9, ink: 100 },
    { label: 4, other: 9, ink: 255 },
    { label: 9, other: 4, ink: 10 },
    { label: 4, other: 1, ink: 255 },
    { label: 4, other: 9, ink: 200 },
  ]);

  it('picks, for a → b, the images of a with the most probability of b, misreads first', () => {
    const [fourAsNinePair, nineAsFourPair] = confusionExamples(pixelVotes(), images, [[4, 9], [9, 4]], 2);
    const fourAsNine = fourAsNinePair.examples;
    const nineAsFour = nineAsFourPair.examples;
    expect(fourAsNine.map((e) => e.index)).toEqual([1, 4]);
    expect(fourAsNine.every((e) => e.label === 4)).toBe(true);
    // Pixels 4 and 9 both full: the two classes tie at equal probability.
    expect(fourAsNine[0].probabilities[9]).toBeCloseTo(fourAsNine[0].probabilities[4], 12);
    expect(nineAsFour.map((e) => e.index)).toEqual([2]);
    // No 4 is read as 9: where pixels 4 and 9 tie (image 1), the lower class wins.
    expect(fourAsNinePair.misreads).toBe(0);
    expect(nineAsFourPair.misreads).toBe(0);
  });

  it('gives an empty list for a pair whose first digit is not in the set', () => {
    expect(confusionExamples(pixelVotes(), images, [[7, 1]], 3)).toEqual([{ examples: [], misreads: 0 }]);
  });

  it('counts the misreads a → b over the whole set, not only among the images shown', () => {
    const many = set([
      { label: 4, other: 9, ink: 255 },
      { label: 4, other: 1, ink: 255 },
      { label: 1, other: 9, ink: 0 },
    ]);
    // Image 1 is a 4 read as 1 (pixels 1 and 4 tie, the lower class wins); image 0 ties 4 and 9 and reads 4.
    const [fourAsOne] = confusionExamples(pixelVotes(), many, [[4, 1]], 1);
    expect(fourAsOne.examples.map((e) => e.index)).toEqual([1]);
    expect(fourAsOne.misreads).toBe(1);
  });

  it('keeps probabilities a distribution', () => {
    for (const e of confusionExamples(pixelVotes(), images, [[4, 9]], 5)[0].examples) {
      expect(e.probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    }
  });
});
