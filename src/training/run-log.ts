/**
 * Everything a run has reported, lane by lane, on the page's side: the raw losses (kept whole, so
 * the smoothing can change afterwards) and the evaluations; it hands the charts thinned views.
 */
import type { LaneView } from '../state/training';
import { MAX_SERIES_POINTS, type RunLane } from '../state/run-record';
import type { AccuracyPoint, EpochPoint, LaneProgress } from '../protocol/protocol';
import type { RunSettings } from '../protocol/settings';
import { downsampleLoss, SmoothedLoss, thin } from '../lib/series';
import { type DivergenceCause, diagnose, guessingLoss } from '../lib/training-health';

interface LaneLog {
  losses: number[];
  smoothed: SmoothedLoss;
  accuracy: AccuracyPoint[];
  epochs: EpochPoint[];
  divergedAt: number | null;
  divergedBy: DivergenceCause | null;
}

/** What the failure detectors need to know of the run besides what its lanes record. */
export interface RunShape {
  hiddenSize: number;
  plannedIterations: number;
  guessLoss: number;
}

/** The shape of a run with these settings (MNIST has 10 classes). */
export function runShape(run: RunSettings): RunShape {
  return { hiddenSize: run.hiddenSize, plannedIterations: run.iterations, guessLoss: guessingLoss(10, run.batchSize, run.softmax === 'batch') };
}

export class RunLog {
  private lanes: LaneLog[];

  constructor(laneCount: number, alpha: number, private readonly shape: RunShape | null = null) {
    this.lanes = Array.from({ length: laneCount }, () => ({ losses: [], smoothed: new SmoothedLoss(alpha), accuracy: [], epochs: [], divergedAt: null, divergedBy: null }));
  }

  /** Adds a progress message's lanes; true when it brought anything a chart shows. */
  append(progress: readonly LaneProgress[]): boolean {
    let fresh = false;
    progress.forEach((lane, k) => {
      const log = this.lanes[k];
      if (!log) return;
      fresh ||= lane.losses.length + lane.evals.length + lane.epochs.length > 0 || lane.divergedAt !== log.divergedAt;
      for (const loss of lane.losses) {
        log.losses.push(loss);
        log.smoothed.push(loss);
      }
      log.accuracy.push(...lane.evals);
      log.epochs.push(...lane.epochs);
      log.divergedAt = lane.divergedAt;
      log.divergedBy = lane.divergedBy;
    });
    return fresh;
  }

  /** Recomputes the smoothed losses with another α. */
  resmooth(alpha: number): void {
    for (const log of this.lanes) {
      log.smoothed = new SmoothedLoss(alpha);
      for (const loss of log.losses) log.smoothed.push(loss);
    }
  }

  private divergence(log: LaneLog): { iteration: number; cause: DivergenceCause } | null {
    return log.divergedAt !== null ? { iteration: log.divergedAt, cause: log.divergedBy ?? 'loss' } : null;
  }

  /** Chart-ready lanes; series without new points keep their identity, so their chart skips the redraw. */
  views(learningRates: readonly number[], previous: readonly LaneView[]): LaneView[] {
    return this.lanes.map((log, k) => {
      const before = previous[k];
      const accuracyUnchanged = before !== undefined && before.accuracy.length > 0 && before.accuracy.at(-1) === log.accuracy.at(-1);
      return {
        learningRate: learningRates[k],
        loss: downsampleLoss(log.losses, log.smoothed.values),
        accuracy: accuracyUnchanged ? before.accuracy : thin(log.accuracy),
        epochs: before !== undefined && before.epochs.length === log.epochs.length ? before.epochs : [...log.epochs],
        firstLoss: log.losses.length > 0 ? log.losses[0] : null,
        lastLoss: log.losses.length > 0 ? log.losses[log.losses.length - 1] : null,
        divergedAt: log.divergedAt,
        divergedBy: log.divergedBy,
        failure: this.shape ? diagnose({ ...this.shape, losses: log.losses, evals: log.accuracy, divergence: this.divergence(log) }) : null,
        testAccuracy: before?.testAccuracy ?? null,
      };
    });
  }

  /** Every lane's series as the run history keeps them: the losses as bucket means, the accuracies thinned. */
  series(learningRates: readonly number[]): Omit<RunLane, 'testAccuracy'>[] {
    return this.lanes.map((log, k) => ({
      learningRate: learningRates[k],
      loss: downsampleLoss(log.losses, log.smoothed.values, MAX_SERIES_POINTS),
      accuracy: thin(log.accuracy, MAX_SERIES_POINTS).map(({ iteration, train, test }) => ({ iteration, train, test })),
      divergedAt: log.divergedAt,
    }));
  }
}
