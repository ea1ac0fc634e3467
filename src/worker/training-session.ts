/**
 * The notes' training loop (mini-batch → gradient → update → repeat) as a pausable generator:
 * it yields between slices of work so the worker can answer pause, stop and step at once.
 * Several lanes may train side by side on the same batches, differing only in learning rate.
 */
import type { Matrix } from '../lib/matrix';
import { batchRng } from '../lib/mnist/batch';
import type { ImageSet } from '../lib/mnist/types';
import { TwoLayerNet } from '../lib/nets/two-layer-net';
import { learningRateAt, momentumStep } from '../lib/nets/momentum';
import { augmentationRng } from '../lib/digits/augment';
import { accuracyOf, allIndices, confusionOf, deadUnitsOf, predictAugmented, predictClasses, stridedIndices } from './evaluation';
import { allFinite, type TwoLayerParams, zerosLike } from '../lib/nets/two-layer-params';
import { gradientOf } from './gradient-slices';
import { BatchSource } from './batch-source';
import type { SessionBatch } from './session-batch';
import type { GradientHelpers } from './helper-link';
import type { LaneProgress, LaneResult, RunReport } from '../protocol/protocol';
import type { RunSettings } from '../protocol/settings';
import type { DivergenceCause } from '../lib/training-health';

/** Size of the fixed train and test subsets evaluated every `evalInterval` iterations. */
export const SUBSET_SIZE = 1000;
const MISCLASSIFIED_KEPT = 24;

export interface SessionData {
  train: ImageSet;
  test: ImageSet;
}

export type SessionStep =
  | { kind: 'slice'; phase: 'training' | 'evaluating'; fraction: number }
  /** Nothing to do until `until` settles (a helper worker is computing). */
  | { kind: 'wait'; until: Promise<unknown> }
  | { kind: 'iteration' };

interface Lane {
  learningRate: number;
  net: TwoLayerNet;
  /** The momentum's running step, with the shapes of the parameters (zeros while momentum is 0). */
  velocity: TwoLayerParams;
  /** The previous iteration's gradient, whose arrays the next one may reuse: fresh ones cost page faults. */
  spare: TwoLayerParams | null;
  divergedAt: number | null;
  divergedBy: DivergenceCause | null;
  /** Hidden units dead on the training subset at the latest evaluation. */
  deadUnits: number[];
  outbox: LaneProgress;
}

function emptyOutbox(firstIteration: number, lane?: Lane): LaneProgress {
  return { firstIteration, losses: [], evals: [], epochs: [], divergedAt: lane?.divergedAt ?? null, divergedBy: lane?.divergedBy ?? null };
}

/**
 * What stopped being a finite number: the loss, or (with a finite loss) a weight; null while both are
 * finite. A large but finite loss is not divergence: with δ in the logarithm it can never exceed
 * −log δ ≈ 16.1, and the lane is judged saturated or stalled instead.
 */
export function divergenceOf(loss: number, net: TwoLayerNet): DivergenceCause | null {
  if (!Number.isFinite(loss)) return 'loss';
  return allFinite(net.params) ? null : 'weights';
}

export class TrainingSession {
  iteration = 0;
  readonly lanes: Lane[];
  private batch: SessionBatch | null = null;
  /** The lane whose hidden units the page shows. */
  watchedLane = 0;
  private readonly batches: BatchSource;
  private readonly pixels: number;
  private readonly iterationsPerEpoch: number;
  private readonly trainSubset: Int32Array;
  private readonly testSubset: Int32Array;

  constructor(
    private readonly data: SessionData,
    readonly settings: RunSettings,
    private readonly helpers: GradientHelpers | null = null,
  ) {
    this.pixels = data.train.rows * data.train.cols;
    // Same seed → same initial weights in every lane and the same batch sequence.
    this.lanes = settings.learningRates.map((learningRate) => {
      const net = new TwoLayerNet({ inputSize: this.pixels, hiddenSize: settings.hiddenSize, outputSize: 10, weightInitStd: settings.weightInitStd, seed: settings.seed, softmax: settings.softmax });
      return { learningRate, net, velocity: zerosLike(net.params), spare: null, divergedAt: null, divergedBy: null, deadUnits: [], outbox: emptyOutbox(1) };
    });
    // Each batch's augmentation is drawn from its own stream; none when the run trains on the images as they are.
    this.batches = new BatchSource(data.train, settings.batchSize, batchRng(settings.seed), settings.augmentation ? augmentationRng(settings.seed) : null, helpers);
    this.iterationsPerEpoch = Math.max(1, Math.floor(data.train.count / settings.batchSize));
    this.trainSubset = stridedIndices(data.train.count, SUBSET_SIZE);
    this.testSubset = stridedIndices(data.test.count, SUBSET_SIZE);
  }

  get done(): boolean {
    return this.iteration >= this.settings.iterations || this.lanes.every((l) => l.divergedAt !== null);
  }

  private activeLanes(): Lane[] {
    return this.lanes.filter((l) => l.divergedAt === null);
  }

  /** The whole run: a baseline evaluation, then iterations until done or every lane diverged. */
  *run(): Generator<SessionStep, void> {
    if (this.iteration === 0) yield* this.evaluateSubsets();
    while (!this.done) yield* this.iterate();
  }

  /** One iteration: draw a batch, then gradient, update and loss in every lane still training. */
  *iterate(): Generator<SessionStep, void> {
    const batches = this.batches.next(this.iteration + 1 < this.settings.iterations);
    let next = batches.next();
    while (!next.done) {
      yield { kind: 'wait', until: next.value };
      next = batches.next();
    }
    const batch = next.value;
    this.batch = batch;
    const { t } = batch;
    const lossBeforeUpdate = this.settings.lossBeforeUpdate === true;
    const active = this.activeLanes();
    const count = this.iteration + 1;
    for (let k = 0; k < active.length; k++) {
      const lane = active[k];
      const gradient = gradientOf(lane.net, batch, this.settings.method, this.helpers, lane.spare ?? undefined);
      let step = gradient.next();
      while (!step.done) {
        yield typeof step.value === 'number' ? { kind: 'slice', phase: 'training', fraction: (k + step.value) / active.length } : { kind: 'wait', until: step.value };
        step = gradient.next();
      }
      const { grads } = step.value;
      const before = lossBeforeUpdate ? step.value.loss ?? lane.net.loss(batch.rows, t) : null;
      const rate = learningRateAt(lane.learningRate, this.settings.lrSchedule, this.iteration, this.settings.iterations);
      if (this.settings.momentum > 0) momentumStep(lane.net.params, grads, lane.velocity, rate, this.settings.momentum);
      else lane.net.update(grads, rate);
      lane.spare = grads;
      const loss = before ?? lane.net.loss(batch.rows, t);
      lane.outbox.losses.push(loss);
      const cause = divergenceOf(loss, lane.net);
      if (cause) {
        lane.divergedAt = lane.outbox.divergedAt = count;
        lane.divergedBy = lane.outbox.divergedBy = cause;
      }
    }
    this.iteration = count;
    if (count % this.settings.evalInterval === 0 || count === this.settings.iterations) yield* this.evaluateSubsets();
    // The notes evaluate the full sets when i % iter_per_epoch == 0, with i counted from 0.
    if (this.settings.epochEvaluations !== false && (count - 1) % this.iterationsPerEpoch === 0) yield* this.evaluateFullSets();
    yield { kind: 'iteration' };
  }

  /** The mini-batch of the latest iteration as x (N × P) and labels (for the gradient check). */
  get lastBatch(): { x: Matrix; t: Int32Array } | null {
    return this.batch && { x: this.batch.x, t: this.batch.t };
  }

  private *accuracies(set: ImageSet, indices: Int32Array, lanes: Lane[], alive?: Uint8Array[]): Generator<SessionStep, number[]> {
    const predictions = predictClasses(lanes.map((l) => l.net), set, indices, alive);
    let step = predictions.next();
    while (!step.done) {
      yield { kind: 'slice', phase: 'evaluating', fraction: 0 };
      step = predictions.next();
    }
    return step.value.map((p) => accuracyOf(p, set, indices));
  }

  /** Accuracy on both subsets, and the dead units: those that output 0 for every image of the training subset. */
  private *evaluateSubsets(): Generator<SessionStep, void> {
    const lanes = this.activeLanes();
    const alive = lanes.map(() => new Uint8Array(this.settings.hiddenSize));
    const train = yield* this.accuracies(this.data.train, this.trainSubset, lanes, alive);
    const test = yield* this.accuracies(this.data.test, this.testSubset, lanes);
    lanes.forEach((lane, k) => {
      lane.deadUnits = deadUnitsOf(alive[k]);
      lane.outbox.evals.push({ iteration: this.iteration, train: train[k], test: test[k], deadUnits: lane.deadUnits.length });
    });
  }

  private *evaluateFullSets(): Generator<SessionStep, void> {
    const lanes = this.activeLanes();
    const train = yield* this.accuracies(this.data.train, allIndices(this.data.train.count), lanes);
    const test = yield* this.accuracies(this.data.test, allIndices(this.data.test.count), lanes);
    const epoch = Math.floor((this.iteration - 1) / this.iterationsPerEpoch);
    lanes.forEach((lane, k) => lane.outbox.epochs.push({ epoch, iteration: this.iteration, train: train[k], test: test[k] }));
  }

  /** Everything recorded since the previous call, per lane. */
  takeProgress(): LaneProgress[] {
    return this.lanes.map((lane) => {
      const progress = lane.outbox;
      lane.outbox = emptyOutbox(progress.firstIteration + progress.losses.length, lane);
      return progress;
    });
  }

  /** W1 of the watched lane, for drawing the hidden units as images, and the units dead in it. */
  watchedWeights(): { lane: number; W1: Float32Array; deadUnits: number[] } {
    const lane = this.lanes[this.watchedLane] ?? this.lanes[0];
    return { lane: this.lanes.indexOf(lane), W1: Float32Array.from(lane.net.params.W1.data), deadUnits: [...lane.deadUnits] };
  }

  private *augmentedPredictions(lanes: Lane[]): Generator<SessionStep, Int32Array[]> {
    const predictions = predictAugmented(lanes.map((l) => l.net), this.data.test);
    let step = predictions.next();
    while (!step.done) {
      yield { kind: 'slice', phase: 'evaluating', fraction: 0 };
      step = predictions.next();
    }
    return step.value;
  }

  /**
   * The end of a run: full test accuracy of every lane, and the confusion details of the best one.
   * Without `augmented`, the augmented test set is left unmeasured (null): augmenting its 10,000 images
   * is most of the work, too long to keep a stop waiting for a figure only a drawing model is judged by.
   */
  *results(augmented = true): Generator<SessionStep, { lanes: LaneResult[]; report: RunReport | null }> {
    const test = this.data.test;
    const survivors = this.activeLanes();
    const predictions = predictClasses(survivors.map((l) => l.net), test, allIndices(test.count));
    let step = this.iteration > 0 ? predictions.next() : null;
    while (step && !step.done) {
      yield { kind: 'slice', phase: 'evaluating', fraction: 0 };
      step = predictions.next();
    }
    const predicted = step?.done ? step.value : [];
    const augmentedPredicted = this.iteration > 0 && augmented ? yield* this.augmentedPredictions(survivors) : [];
    const accuracy = (lane: Lane, of: Int32Array[]) => {
      const k = survivors.indexOf(lane);
      return k >= 0 && of[k] ? accuracyOf(of[k], test, allIndices(test.count)) : null;
    };
    const lanes: LaneResult[] = this.lanes.map((lane) => {
      const p = lane.net.params;
      return {
        learningRate: lane.learningRate,
        divergedAt: lane.divergedAt,
        testAccuracy: accuracy(lane, predicted),
        augmentedAccuracy: accuracy(lane, augmentedPredicted),
        params: { W1: p.W1.data.slice(), b1: p.b1.slice(), W2: p.W2.data.slice(), b2: p.b2.slice() },
      };
    });
    let best = -1;
    lanes.forEach((l, k) => { if (l.testAccuracy !== null && (best < 0 || l.testAccuracy > (lanes[best].testAccuracy ?? 0))) best = k; });
    if (best < 0) return { lanes, report: null };
    const { confusion, misclassified } = confusionOf(predicted[survivors.indexOf(this.lanes[best])], test, MISCLASSIFIED_KEPT);
    return { lanes, report: { lane: best, confusion, misclassified } };
  }
}
