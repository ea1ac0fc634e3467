/**
 * The only things that cross the boundary between the page and the training worker.
 * Every run has an id; a message about any other run than the current one is stale and dropped.
 */
import type { ImageSet } from '../lib/mnist/types';
import type { GradientShare } from '../lib/nets/incremental-gradient';
import type { RunSettings, TrainingSettings } from './settings';
import type { DivergenceCause } from '../lib/training-health';

/** Accuracy on the fixed subsets (frequent) or on the full sets (each epoch), 0–1. */
export interface AccuracyPoint {
  iteration: number;
  train: number;
  test: number;
  /** On the subsets: hidden units whose ReLU outputs 0 for every image of the training subset (dead units). */
  deadUnits?: number;
}

export interface EpochPoint extends AccuracyPoint {
  epoch: number;
}

/** What one lane (one learning rate) produced since the previous progress message. */
export interface LaneProgress {
  /** Batch losses of iterations firstIteration, firstIteration + 1, … (1-based counts). */
  firstIteration: number;
  losses: number[];
  evals: AccuracyPoint[];
  epochs: EpochPoint[];
  /** The iteration at which the loss or a weight stopped being a finite number, or null; and which of them. */
  divergedAt: number | null;
  divergedBy: DivergenceCause | null;
}

export interface NetParams {
  W1: Float64Array;
  b1: Float64Array;
  W2: Float64Array;
  b2: Float64Array;
}

export interface LaneResult {
  learningRate: number;
  divergedAt: number | null;
  /** Accuracy on the whole test set at the end (null for a diverged lane). */
  testAccuracy: number | null;
  /** Accuracy on the same test set, each image augmented once with a fixed seed (null for a diverged lane). */
  augmentedAccuracy: number | null;
  params: NetParams;
}

/** Test-set details of the best lane: where it goes wrong. */
export interface RunReport {
  lane: number;
  /** confusion[label · 10 + predicted] = count. */
  confusion: number[];
  /** The first misclassified test images. */
  misclassified: { index: number; label: number; predicted: number }[];
}

export interface GradientCheckResult {
  method: TrainingSettings['method'];
  hiddenSize: number;
  /** How many parameters were compared (all of them, or a sample for the naive method). */
  compared: number;
  maxRelativeError: number;
  medianRelativeError: number;
  /** Parameters with a relative error above 1e−4, and how many of those sit at a ReLU kink. */
  outliers: number;
  outliersAtKink: number;
  /** Where the largest error is: parameter group and index. */
  worst: { group: keyof NetParams; index: number; numerical: number; backprop: number; atKink: boolean };
  /** The worst parameter next to a ReLU kink, measured again with ever smaller h; null when none was flagged. */
  kink: KinkShrink | null;
  milliseconds: number;
}

/**
 * A flagged parameter whose ±h nudge crosses a ReLU kink. The kink lies `distance` away from the
 * parameter's value, not at it, so the loss is differentiable there and backprop's value is exact;
 * the central difference straddles the kink while h > distance and agrees once h < distance.
 */
export interface KinkShrink {
  group: keyof NetParams;
  index: number;
  distance: number;
  backprop: number;
  steps: { h: number; numerical: number; relativeError: number }[];
}

export type DataSetName = 'train' | 'test';

export type WorkerErrorCode = 'no-data' | 'invalid-settings' | 'failed';

/** Page → worker. */
export type ToWorker =
  | { type: 'load-data'; train: ImageSet; test: ImageSet }
  /**
   * The same data in parts, so that no single 47 MB copy blocks the page: each set's shape and labels,
   * then its images in slices, then the end (the worker assembles them into one load-data).
   */
  | { type: 'data-set'; set: DataSetName; count: number; rows: number; cols: number; labels: Uint8Array }
  | { type: 'data-images'; set: DataSetName; offset: number; bytes: Uint8Array }
  | { type: 'data-end' }
  | { type: 'start'; runId: number; run: RunSettings; paused: boolean }
  | { type: 'pause'; runId: number }
  | { type: 'resume'; runId: number }
  | { type: 'step'; runId: number }
  | { type: 'stop'; runId: number }
  /** A copy of one lane's parameters as they are now, kept by the page in case the page is left mid-run. */
  | { type: 'checkpoint'; runId: number; lane: number }
  | { type: 'reset' }
  /** Which lane's hidden units the page shows (a race has several; a finished run may still be looked at). */
  | { type: 'watch-lane'; runId: number; lane: number }
  /** A port to a gradient helper worker: the incremental gradient is then split between them. */
  /** A helper's port; `shares` says whether it also takes shares of the numerical gradient (on 2 cores it only augments). */
  | { type: 'connect-helper'; port: MessagePort; shares: boolean }
  | { type: 'gradient-check'; runId: number; run: RunSettings };

/** Worker → page. */
export type FromWorker =
  | { type: 'data-ready'; trainCount: number; testCount: number }
  | { type: 'started'; runId: number; parameterCount: number }
  | {
      type: 'progress';
      runId: number;
      /** Completed iterations, and how much of the current one is done (0–1; numerical methods are slow). */
      iteration: number;
      iterationFraction: number;
      /** Time spent running, pauses excluded. */
      elapsedMs: number;
      phase: 'training' | 'evaluating';
      lanes: LaneProgress[];
    }
  /** The watched lane's W1, and its hidden units that were dead at the latest evaluation. */
  | { type: 'weights'; runId: number; iteration: number; hiddenSize: number; W1: Float32Array; lane: number; deadUnits: number[] }
  /** 'stopping': a stop was received; the run measures its final test accuracy, then posts 'finished'. */
  | { type: 'status'; runId: number; status: 'running' | 'paused' | 'stopping' }
  | { type: 'finished'; runId: number; reason: 'completed' | 'stopped' | 'diverged'; iteration: number; elapsedMs: number; lanes: LaneResult[]; report: RunReport | null }
  | { type: 'gradient-check'; runId: number; result: GradientCheckResult }
  | { type: 'checkpoint'; runId: number; iteration: number; lane: number; params: NetParams }
  | { type: 'error'; runId: number | null; code: WorkerErrorCode; message: string };

/** Typed ends of the channel, so neither side can post a message the other does not understand. */
export interface WorkerEndpoint {
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
}

export interface PageEndpoint {
  postMessage(message: ToWorker, transfer?: Transferable[]): void;
}

/** Page → gradient helper: the port on which the training worker will send it work. */
export type ToHelper = { type: 'connect'; port: MessagePort };

/** Training worker → helper, over the port: one share of the incremental numerical gradient. */
export interface ShareRequest {
  type: 'share';
  id: number;
  params: NetParams;
  hiddenSize: number;
  x: { rows: number; cols: number; data: Float64Array };
  t: Int32Array;
  share: GradientShare;
}

/** Helper → training worker: that share (zeros outside it), or why it failed. */
export type ShareResponse = { id: number; grads: NetParams } | { id: number; error: string };

/** Training worker → helper: apply the drawn augmentations (augment.ts's packed draws) to a batch's images, in order. */
export interface AugmentRequest {
  type: 'augment';
  id: number;
  images: Uint8Array;
  rows: number;
  cols: number;
  draws: Float64Array;
}

/** A batch's non-zero entries (lib/nets/sparse-rows.ts's SparseRows), row by row or column by column. */
export interface SparseEntries {
  rows: number;
  cols: number;
  start: Int32Array;
  index: Int32Array;
  value: Float64Array;
}

/**
 * Helper → training worker: the augmented images with their non-zero entries x = bytes / 255 by row and
 * by column (built there, so the training worker only computes the gradient), or why it failed.
 */
export type AugmentResponse = { id: number; images: Uint8Array; rows: SparseEntries; columns: SparseEntries } | { id: number; error: string };

export type HelperRequest = ShareRequest | AugmentRequest;
export type HelperResponse = ShareResponse | AugmentResponse;
