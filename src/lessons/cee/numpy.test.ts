import { describe, expect, it } from 'vitest';
import { pythonFloat } from '../../components/python-float';
import { formatNumpyArray } from '../../lib/descent/numpy-format';
import { setProbability, sum } from '../../lib/distribution';
import { CEE_DELTA, crossEntropyError, numpyCrossEntropy, oneHot } from '../../lib/losses';
import { CLASSES, NOTES_PREDICTION, NOTES_TRUE_CLASS } from '../notes-loss-example';
import { cee, distribution } from './numpy';

const target = oneHot([NOTES_TRUE_CLASS], CLASSES).data;

describe('the CEE lesson’s NumPy snippets', () => {
  it('print what the widget’s TypeScript computes', () => {
    const printed = [crossEntropyError(NOTES_PREDICTION, target, CEE_DELTA), numpyCrossEntropy(NOTES_PREDICTION, target, CEE_DELTA), numpyCrossEntropy(NOTES_PREDICTION, target, 0)];
    expect(printed.map(pythonFloat).join('\n')).toBe(cee.output);
  });
  it('rescale the other probabilities as the widget does', () => {
    const q = setProbability(NOTES_PREDICTION, 2, 0.9);
    expect([formatNumpyArray(q), pythonFloat(Math.round(sum(q) * 1e12) / 1e12)].join('\n')).toBe(distribution.output);
  });
});
