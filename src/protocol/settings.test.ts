import { describe, expect, it } from 'vitest';
import { isTrainedModel } from '../state/trained-model';
import { DEFAULT_SETTINGS, learningRatesIssue, parameterCount, settingIssues } from './settings';
import { trainedModelFromLane } from './trained-model-from-run';

describe('settings', () => {
  it('defaults to the notes’ run and accepts it', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({ hiddenSize: 50, batchSize: 100, learningRate: 0.1, iterations: 1000, weightInitStd: 0.01, method: 'incremental' });
    expect(settingIssues(DEFAULT_SETTINGS)).toEqual([]);
    expect(parameterCount(784, 50, 10)).toBe(39_760);
  });

  it('names every setting that is out of range, fractional where it counts, or not a number', () => {
    const issues = settingIssues({ ...DEFAULT_SETTINGS, hiddenSize: 2.5, batchSize: 0, learningRate: Number.NaN, seed: -1 });
    expect(issues.map((i) => i.key)).toEqual(['hiddenSize', 'batchSize', 'learningRate', 'seed']);
    expect(settingIssues({ ...DEFAULT_SETTINGS, method: 'magic' as never }).map((i) => i.key)).toEqual(['method']);
  });

  it('allows one to four valid learning rates', () => {
    expect(learningRatesIssue([0.1])).toBe(false);
    expect(learningRatesIssue([0.01, 0.1, 1, 10])).toBe(false);
    expect(learningRatesIssue([])).toBe(true);
    expect(learningRatesIssue([0.1, 0, 1])).toBe(true);
    expect(learningRatesIssue([1, 2, 3, 4, 5])).toBe(true);
  });
});

describe('trainedModelFromLane', () => {
  it('makes a model that the drawing page and the importer accept', () => {
    const lane = {
      learningRate: 0.1,
      divergedAt: null,
      testAccuracy: 0.5,
      params: { W1: new Float64Array(784 * 3).fill(0.01), b1: new Float64Array(3), W2: new Float64Array(30), b2: new Float64Array(10) },
    };
    const model = trainedModelFromLane(lane, { ...DEFAULT_SETTINGS, hiddenSize: 3, method: 'backprop' }, 784, 12, new Date(Date.UTC(2026, 0, 2)));
    expect(isTrainedModel(model)).toBe(true);
    expect(model).toMatchObject({ hiddenSize: 3, method: 'backprop', iterations: 12, testAccuracy: 0.5, trainedAt: '2026-01-02T00:00:00.000Z' });
    expect(isTrainedModel(JSON.parse(JSON.stringify(model)))).toBe(true);
  });
});
