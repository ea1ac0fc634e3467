import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../protocol/settings';
import { presetChanges, presetSettings } from './race-presets';

describe('race presets', () => {
  it('train the notes’ run their sentences describe, keeping the lab’s seed and single-run rate', () => {
    const lab = { ...DEFAULT_SETTINGS, seed: 7, learningRate: 0.5, iterations: 200, hiddenSize: 20, momentum: 0.9, augmentation: true, evalInterval: 5 };
    expect(presetSettings(lab)).toEqual({ ...DEFAULT_SETTINGS, seed: 7, learningRate: 0.5 });
    expect(presetChanges(lab)).toEqual(['hiddenSize', 'iterations', 'evalInterval', 'augmentation', 'momentum']);
  });

  it('never start the notes’ naive method, which would take days, and keep backpropagation', () => {
    expect(presetSettings({ ...DEFAULT_SETTINGS, method: 'naive' }).method).toBe('incremental');
    expect(presetChanges({ ...DEFAULT_SETTINGS, method: 'naive' })).toEqual(['method']);
    expect(presetSettings({ ...DEFAULT_SETTINGS, method: 'backprop', softmax: 'batch' })).toMatchObject({ method: 'backprop', softmax: 'row' });
    expect(presetChanges(DEFAULT_SETTINGS)).toEqual([]);
  });
});
