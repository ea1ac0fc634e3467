/** A small valid run for the history's tests. */
import { DEFAULT_SETTINGS, runSettings } from '../../src/protocol/settings';
import type { RunOutcome } from '../../src/state/run-record';

export function sampleRun(overrides: Partial<RunOutcome> = {}): RunOutcome {
  return {
    settings: runSettings({ ...DEFAULT_SETTINGS, method: 'backprop', iterations: 20, seed: 7 }),
    end: 'completed',
    iterations: 20,
    createdAt: '2026-12-02T01:00:00.000Z',
    lanes: [{
      learningRate: 0.1,
      loss: [{ iteration: 10, loss: 2.3, smooth: 2.29 }, { iteration: 20, loss: 1.5, smooth: 1.9 }],
      accuracy: [{ iteration: 10, train: 0.4, test: 0.38 }, { iteration: 20, train: 0.61, test: 0.6 }],
      testAccuracy: 0.59,
      divergedAt: null,
    }],
    ...overrides,
  };
}
