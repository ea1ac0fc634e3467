/**
 * How a network does on a labelled digit set: its guess for every digit, the share read correctly
 * overall and per class, and the confusion matrix (row = true label, column = guess).
 */
import type { LabelledDigit } from './digit-files';
import { forwardDigit, type NetParams } from './forward';

export interface SetEvaluation {
  /** The network's guess for each digit, in the set's order. */
  guesses: number[];
  correct: number;
  /** correct / count, or null for an empty set. */
  accuracy: number | null;
  /** Per true label: how many there are and how many were read correctly. */
  perClass: { count: number; correct: number }[];
  /** confusion[label][guess]: how many digits of `label` were read as `guess`. */
  confusion: number[][];
}

/** The most probable class of one byte image (0–255 ink) under the network. */
export function guessDigit(params: NetParams, pixels: Uint8Array): number {
  const x = new Float64Array(pixels.length);
  for (let k = 0; k < pixels.length; k++) x[k] = pixels[k] / 255;
  const { probabilities } = forwardDigit(params, x);
  let best = 0;
  for (let c = 1; c < probabilities.length; c++) if (probabilities[c] > probabilities[best]) best = c;
  return best;
}

export function evaluateSet(params: NetParams, digits: readonly LabelledDigit[]): SetEvaluation {
  const classes = params.outputSize;
  const confusion = Array.from({ length: classes }, () => new Array<number>(classes).fill(0));
  const guesses = digits.map((d) => guessDigit(params, d.pixels));
  digits.forEach((d, n) => confusion[d.label][guesses[n]]++);
  const perClass = confusion.map((row, label) => ({ count: row.reduce((a, b) => a + b, 0), correct: row[label] }));
  const correct = perClass.reduce((sum, c) => sum + c.correct, 0);
  return { guesses, correct, accuracy: digits.length === 0 ? null : correct / digits.length, perClass, confusion };
}
