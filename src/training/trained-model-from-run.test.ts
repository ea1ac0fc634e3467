import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, runSettings } from '../protocol/settings';
import { isTrainedModel } from '../state/trained-model';
import { trainedModelFromLane } from './trained-model-from-run';

describe('trainedModelFromLane', () => {
  it('makes a model that the history accepts', () => {
    const lane = {
      learningRate: 0.1,
      divergedAt: null,
      testAccuracy: 0.5,
      augmentedAccuracy: 0.4,
      params: { W1: new Float64Array(784 * 3).fill(0.01), b1: new Float64Array(3), W2: new Float64Array(30), b2: new Float64Array(10) },
    };
    const model = trainedModelFromLane(lane, runSettings({ ...DEFAULT_SETTINGS, hiddenSize: 3, method: 'backprop' }), 784, 12, new Date(Date.UTC(2026, 0, 2)));
    expect(isTrainedModel(model)).toBe(true);
    expect(model).toMatchObject({ hiddenSize: 3, method: 'backprop', iterations: 12, testAccuracy: 0.5, createdAt: '2026-01-02T00:00:00.000Z', source: 'lab', augmentation: false, augmentedAccuracy: 0.4 });
    const drawing = trainedModelFromLane(lane, runSettings({ ...DEFAULT_SETTINGS, hiddenSize: 3, augmentation: true }), 784, 12, new Date(), 'drawing');
    expect(drawing).toMatchObject({ source: 'drawing', augmentation: true, augmentedAccuracy: 0.4 });
    expect(isTrainedModel(drawing)).toBe(true);
  });
});
