import { describe, expect, it } from 'vitest';
import { isDistribution } from '../../lib/distribution';
import { crossEntropyError, meanSquaredError, oneHot } from '../../lib/losses';
import { SCENARIO_IDS, scenarioPrediction } from './scenarios';

describe('comparison scenarios', () => {
  it('are distributions with the stated probability on the true class', () => {
    for (const id of SCENARIO_IDS) for (const t of [0, 4, 9]) expect(isDistribution(scenarioPrediction(id, t))).toBe(true);
    expect(scenarioPrediction('confidentWrong', 9)).toEqual([0.99, 0, 0, 0, 0, 0, 0, 0, 0, 0.01]);
  });
  it('show MSE bounded by 2/K while CEE grows without bound', () => {
    const t = oneHot([3], 10).data;
    const certainWrong = scenarioPrediction('certainWrong', 3);
    expect(meanSquaredError(certainWrong, t)).toBe(0.2);
    expect(crossEntropyError(certainWrong, t, 0)).toBe(Infinity);
    const confidentWrong = scenarioPrediction('confidentWrong', 3);
    expect(crossEntropyError(confidentWrong, t, 0)).toBe(-Math.log(0.01));
    expect(meanSquaredError(confidentWrong, t)).toBeCloseTo((0.99 ** 2 + 0.99 ** 2) / 10, 15);
  });
});
