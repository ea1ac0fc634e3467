/**
 * Classic confusions of handwritten digits, found in a labelled set by the model at hand: for a pair
 * a → b, the images of a to which the model gives the most probability of b — its misreads first, then
 * the near misses. Which images those are depends on the model, so the gallery shows what *this*
 * network confuses rather than a fixed list.
 */
import type { ImageSet } from '../mnist/types';
import { forwardDigit, type NetParams } from './forward';

/** Pairs people and networks mix up: an open 4 and a 9, a 7 with a foot and a 2, a serifed 1 and a 7, a flat-topped 5 and a 3. */
export const CLASSIC_CONFUSIONS: readonly (readonly [number, number])[] = [
  [4, 9], [9, 4], [2, 7], [7, 2], [1, 7], [7, 1], [3, 5], [5, 3],
];

/** One image of the set with the model's probabilities for it. */
export interface ConfusionExample {
  index: number;
  label: number;
  probabilities: Float64Array;
}

/** One pair's gallery: the images shown, and how many images of a the model reads as b in the whole set. */
export interface ConfusionPair {
  examples: ConfusionExample[];
  misreads: number;
}

/**
 * For each pair a → b, the `perPair` images labelled a with the largest y_b, in that order (ties by
 * index), and the count of images of a whose most probable class is b. Each image x is the set's
 * bytes / 255, as the network was trained.
 */
export function confusionExamples(
  model: NetParams,
  set: ImageSet,
  pairs: readonly (readonly [number, number])[] = CLASSIC_CONFUSIONS,
  perPair = 3,
): ConfusionPair[] {
  const pixels = set.rows * set.cols;
  const wanted = new Set(pairs.map(([a]) => a));
  const byLabel = new Map<number, ConfusionExample[]>();
  const x = new Float64Array(pixels);
  for (let index = 0; index < set.count; index++) {
    const label = set.labels[index];
    if (!wanted.has(label)) continue;
    for (let i = 0; i < pixels; i++) x[i] = set.images[index * pixels + i] / 255;
    const examples = byLabel.get(label) ?? [];
    examples.push({ index, label, probabilities: forwardDigit(model, x).probabilities });
    byLabel.set(label, examples);
  }
  return pairs.map(([a, b]) => {
    const all = byLabel.get(a) ?? [];
    return {
      examples: [...all].sort((p, q) => q.probabilities[b] - p.probabilities[b] || p.index - q.index).slice(0, perPair),
      misreads: all.filter((e) => topClass(e.probabilities) === b).length,
    };
  });
}

function topClass(probabilities: Float64Array): number {
  let best = 0;
  for (let c = 1; c < probabilities.length; c++) if (probabilities[c] > probabilities[best]) best = c;
  return best;
}
