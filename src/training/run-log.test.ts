import { describe, expect, it } from 'vitest';
import { RunLog } from './run-log';

const progress = (losses: number[], evals: { iteration: number; train: number; test: number }[] = []) =>
  [{ firstIteration: 1, losses, evals, epochs: [], divergedAt: null, divergedBy: null }];

describe('RunLog', () => {
  it('collects losses and evaluations and says when a message brought something new', () => {
    const log = new RunLog(1, 0);
    expect(log.append(progress([2, 1]))).toBe(true);
    expect(log.append(progress([]))).toBe(false);
    const [lane] = log.views([0.1], []);
    expect(lane).toMatchObject({ learningRate: 0.1, firstLoss: 2, lastLoss: 1, divergedAt: null, testAccuracy: null });
    expect(lane.loss).toEqual([{ iteration: 1, loss: 2, smooth: 2 }, { iteration: 2, loss: 1, smooth: 1 }]);
  });

  it('keeps an accuracy series’ identity while no evaluation arrives, so its chart does not redraw', () => {
    const log = new RunLog(1, 0.5);
    log.append(progress([2], [{ iteration: 0, train: 0.1, test: 0.1 }]));
    const first = log.views([0.1], []);
    log.append(progress([1.5]));
    const second = log.views([0.1], first);
    expect(second[0].accuracy).toBe(first[0].accuracy);
    expect(second[0].loss).not.toBe(first[0].loss);
    log.append(progress([1], [{ iteration: 3, train: 0.5, test: 0.4 }]));
    expect(log.views([0.1], second)[0].accuracy).toHaveLength(2);
  });

  it('recomputes the smoothed line with another α from the raw losses', () => {
    const log = new RunLog(1, 0);
    log.append(progress([2, 4]));
    log.resmooth(0.5);
    expect(log.views([0.1], [])[0].loss.map((p) => p.smooth)).toEqual([2, 10 / 3]);
  });
});
