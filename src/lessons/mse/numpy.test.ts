import { describe, expect, it } from 'vitest';
import { pythonFloat } from '../../components/python-float';
import { meanSquaredError, oneHot, pairwiseSum } from '../../lib/losses';
import { CLASSES, NOTES_PREDICTION, NOTES_TRUE_CLASS } from '../notes-loss-example';
import { mse } from './numpy';

describe('the MSE lesson’s NumPy snippet', () => {
  it('prints what the widget’s TypeScript computes', () => {
    const target = oneHot([NOTES_TRUE_CLASS], CLASSES).data;
    const squared = Float64Array.from(NOTES_PREDICTION, (v, k) => (v - target[k]) ** 2);
    expect([pairwiseSum(squared), meanSquaredError(NOTES_PREDICTION, target)].map(pythonFloat).join('\n')).toBe(mse.output);
  });
});
