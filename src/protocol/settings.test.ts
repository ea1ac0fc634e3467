import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, learningRatesIssue, runIssues, runSettings, settingIssues } from './settings';

describe('settings', () => {
  it('defaults to the notes’ run and accepts it', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({ hiddenSize: 50, batchSize: 100, learningRate: 0.1, iterations: 1000, weightInitStd: 0.01, method: 'incremental' });
    expect(settingIssues(DEFAULT_SETTINGS)).toEqual([]);
  });

  it('names every setting that is out of range, fractional where it counts, or not a number', () => {
    const issues = settingIssues({ ...DEFAULT_SETTINGS, hiddenSize: 2.5, batchSize: 0, learningRate: Number.NaN, seed: -1 });
    expect(issues.map((i) => i.key)).toEqual(['hiddenSize', 'batchSize', 'learningRate', 'seed']);
    expect(settingIssues({ ...DEFAULT_SETTINGS, method: 'magic' as never }).map((i) => i.key)).toEqual(['method']);
    const optimiser = settingIssues({ ...DEFAULT_SETTINGS, momentum: 1, lrSchedule: 'step' as never, augmentation: 'yes' as never });
    expect(optimiser.map((i) => i.key)).toEqual(['momentum', 'augmentation', 'lrSchedule']);
  });

  it('allows one to four valid learning rates', () => {
    expect(learningRatesIssue([0.1])).toBe(false);
    expect(learningRatesIssue([0.01, 0.1, 1, 10])).toBe(false);
    expect(learningRatesIssue([])).toBe(true);
    expect(learningRatesIssue([0.1, 0, 1])).toBe(true);
    expect(learningRatesIssue([1, 2, 3, 4, 5])).toBe(true);
  });

  it('accepts a run that skips the epoch evaluations or keeps the loss before the update, and refuses anything but a boolean there', () => {
    const run = runSettings(DEFAULT_SETTINGS);
    expect(runIssues({ ...run, epochEvaluations: false })).toEqual([]);
    expect(runIssues({ ...run, epochEvaluations: 'no' as never })).toEqual(['epochEvaluations']);
    expect(runIssues({ ...run, lossBeforeUpdate: true })).toEqual([]);
    expect(runIssues({ ...run, lossBeforeUpdate: 1 as never })).toEqual(['lossBeforeUpdate']);
  });

  it('makes a run of the lab’s settings with one source for its learning rates', () => {
    const run = runSettings(DEFAULT_SETTINGS);
    expect(run.learningRates).toEqual([0.1]);
    expect('learningRate' in run).toBe(false);
    expect(runSettings(DEFAULT_SETTINGS, [0.01, 1]).learningRates).toEqual([0.01, 1]);
    expect(runIssues(run)).toEqual([]);
    expect(runIssues({ ...run, batchSize: 0, learningRates: [] })).toEqual(['batchSize', 'learningRates']);
  });
});
