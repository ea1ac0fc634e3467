import { create } from 'zustand';
import type { LossPoint } from '../lib/series';
import type { AccuracyPoint, EpochPoint, GradientCheckResult, RunReport } from '../protocol/protocol';
import { DEFAULT_SETTINGS, runSettings, type RunSettingKey, type RunSettings } from '../protocol/settings';
import type { TrainingStatus } from './training-status';
import type { DivergenceCause, Failure } from '../lib/training-health';
import { NO_PACE, type PaceMeasure } from './pace';

export type { TrainingStatus } from './training-status';
export { pace } from './pace';

/** One learning rate's curves, already thinned for the charts. */
export interface LaneView {
  learningRate: number;
  loss: LossPoint[];
  accuracy: AccuracyPoint[];
  epochs: EpochPoint[];
  /** The loss after the first iteration, as the notes print it ("Iteration 0, Loss: …"). */
  firstLoss: number | null;
  lastLoss: number | null;
  divergedAt: number | null;
  divergedBy: DivergenceCause | null;
  /** How the lane has failed so far (judged at its latest evaluation), or null while it learns. */
  failure: Failure | null;
  /** Full test-set accuracy at the end of the run. */
  testAccuracy: number | null;
}

/** 'stop-timeout': the worker did not answer a stop and was restarted; detail is the iteration whose model was lost. */
export type TrainingErrorCode = 'invalid-settings' | 'data-load' | 'no-data' | 'failed' | 'worker-crashed' | 'stop-timeout';

export interface TrainingError {
  code: TrainingErrorCode;
  /** Setting keys for invalid settings; the technical reason otherwise. */
  keys: RunSettingKey[];
  detail: string;
}

export interface TrainingState {
  status: TrainingStatus;
  runId: number;
  /** Settings of the current (or last) run. */
  run: RunSettings;
  parameterCount: number;
  /** Completed iterations, and the share of the current one done (numerical methods are slow). */
  iteration: number;
  iterationFraction: number;
  elapsedMs: number;
  phase: 'training' | 'evaluating';
  /** Time and iterations of training alone, for the pace and the time left. */
  measured: PaceMeasure;
  lanes: LaneView[];
  /** The watched lane's W1 (inputSize × hiddenSize, row-major), refreshed a few times a second, and its dead units. */
  weights: { iteration: number; hiddenSize: number; W1: Float32Array; lane: number; deadUnits: number[] } | null;
  /** The lane whose hidden units are shown. */
  watchedLane: number;
  report: RunReport | null;
  /** interrupted: the worker was restarted (a stop it could not answer, a crash) before the check finished. */
  gradientCheck: { pending: boolean; result: GradientCheckResult | null; interrupted: boolean };
  /** α of the smoothed loss line, 0 (none) … 0.99. */
  smoothing: number;
  error: TrainingError | null;
}

export const INITIAL_TRAINING: Omit<TrainingState, 'smoothing'> = {
  status: 'idle',
  runId: 0,
  run: runSettings(DEFAULT_SETTINGS),
  parameterCount: 0,
  iteration: 0,
  iterationFraction: 0,
  elapsedMs: 0,
  phase: 'training',
  measured: NO_PACE,
  lanes: [],
  weights: null,
  watchedLane: 0,
  report: null,
  gradientCheck: { pending: false, result: null, interrupted: false },
  error: null,
};

/** The training session as the pages see it; only the training client (src/training) writes to it. */
export const useTraining = create<TrainingState>()(() => ({ ...INITIAL_TRAINING, smoothing: 0.9 }));
