/**
 * The page's side of training: runs commands through a link to the worker, restarts the worker after
 * a crash or a stuck stop, and turns the worker's messages into the training store. Everything it
 * touches comes in through `deps`, so Node tests drive it with a fake worker and a fake clock.
 */
import type { Dataset } from '../lib/mnist/types';
import type { FromWorker } from '../protocol/protocol';
import { DEFAULT_SETTINGS, runIssues, runSettings, type RunSettings, type TrainingSettings } from '../protocol/settings';
import { measurePace } from '../state/pace';
import { INITIAL_TRAINING, type LaneView, type TrainingError, type TrainingState } from '../state/training';
import { canPause, canResume, canStep, canStop } from '../state/training-status';
import type { ModelSource } from '../state/trained-model';
import type { TrainingClientDeps, WorkerLink } from './client-deps';
import { RunLog, runShape } from './run-log';
import { trainedModelFromLane } from './trained-model-from-run';

/** A stop that the worker has not confirmed by then ends with a restart of the worker. */
export const STOP_TIMEOUT_MS = 5000;
/** Charts get new data at most this often; the figures beside them follow every progress message. */
export const CHART_EVERY_MS = 500;
/** While a run trains, the page asks for a copy of its model this often, to keep if the page is left. */
export const CHECKPOINT_EVERY_MS = 10_000;

export interface StartOptions {
  /** 2–4 learning rates to race on the same seed and batches (default: just settings.learningRate). */
  learningRates?: readonly number[];
  /** Start paused, e.g. to walk through iterations one step at a time. */
  paused?: boolean;
  /** Run exactly one iteration, then pause. */
  singleStep?: boolean;
  /** Which page trained the model it keeps: the lab (default) or the drawing lesson. */
  source?: ModelSource;
  /** Evaluate the whole sets once per epoch, as the notes' loop does (default true). */
  epochEvaluations?: boolean;
  /** Record each batch's loss before the update, from the gradient's own forward pass (default false: after it, like the notes). */
  lossBeforeUpdate?: boolean;
}

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

export class TrainingClient {
  private readonly worker: WorkerLink;
  private runId = 0;
  private source: ModelSource = 'lab';
  private log = new RunLog(0, 0);
  private cancelStopTimer: (() => void) | null = null;
  private chartsDrawnAt = -Infinity;
  private chartsStale = false;
  /** The run id a pending gradient check was asked under: its answer counts even after a new run started. */
  private checkRunId: number | null = null;
  private checkpointAskedAt = -Infinity;

  constructor(private readonly deps: TrainingClientDeps) {
    this.worker = deps.connect({
      message: (message) => this.receive(message),
      crash: (detail) => {
        this.fail({ code: 'worker-crashed', keys: [], detail });
        this.restart();
      },
    });
  }

  private get state(): TrainingState {
    return this.deps.store.getState();
  }

  private set(partial: Partial<TrainingState>): void {
    this.deps.store.setState(partial);
  }

  /**
   * Starts a new run (replacing any current one) with DEFAULT_SETTINGS overridden by `partial`.
   * Invalid settings are refused: the store gets an 'invalid-settings' error and the previous run stays.
   * Returns whether the run was started.
   */
  async start(partial: Partial<TrainingSettings> = {}, options: StartOptions = {}): Promise<boolean> {
    const run = runSettings({ ...DEFAULT_SETTINGS, ...partial }, options.learningRates);
    if (options.epochEvaluations === false) run.epochEvaluations = false;
    if (options.lossBeforeUpdate === true) run.lossBeforeUpdate = true;
    return this.startRun(run, options);
  }

  private async startRun(run: RunSettings, options: StartOptions): Promise<boolean> {
    const issues = runIssues(run);
    if (issues.length > 0) {
      this.set({ error: { code: 'invalid-settings', keys: issues, detail: '' } });
      return false;
    }
    const id = ++this.runId;
    this.source = options.source ?? 'lab';
    this.clearStopTimer();
    this.log = new RunLog(run.learningRates.length, this.state.smoothing, runShape(run));
    this.chartsDrawnAt = -Infinity;
    this.chartsStale = false;
    this.checkpointAskedAt = this.deps.clock.now();
    this.deps.dropDraft?.();
    this.set({ ...INITIAL_TRAINING, status: 'loading-data', runId: id, run, lanes: this.log.views(run.learningRates, []) });
    if (this.source === 'lab') this.deps.prepareRuns?.();
    let dataset: Dataset;
    try {
      dataset = await this.deps.loadData();
    } catch (error) {
      if (id === this.runId) this.fail({ code: 'data-load', keys: [], detail: reason(error) });
      return false;
    }
    if (id !== this.runId) return false;
    await this.worker.sendData(dataset);
    if (id !== this.runId) return false;
    this.set({ status: 'starting' });
    this.worker.send({ type: 'start', runId: id, run, paused: options.paused === true || options.singleStep === true });
    if (options.singleStep) this.worker.send({ type: 'step', runId: id });
    return true;
  }

  /** Pauses the current run after the slice of work in progress. */
  pause(): void {
    if (canPause(this.state.status)) this.worker.send({ type: 'pause', runId: this.runId });
  }

  resume(): void {
    if (canResume(this.state.status)) this.worker.send({ type: 'resume', runId: this.runId });
  }

  /** One more iteration of a paused run; with no run, starts one with `settings` that pauses after its first iteration. */
  step(settings?: TrainingSettings): void {
    const { status, run } = this.state;
    if (!canStep(status)) return;
    if (status === 'paused') this.worker.send({ type: 'step', runId: this.runId });
    else void this.startRun(settings ? runSettings(settings) : run, { singleStep: true });
  }

  /**
   * Ends the run; the model trained so far is kept. The worker confirms at once and then measures the
   * final test accuracy; only a worker silent for STOP_TIMEOUT_MS is restarted, and the page says what it lost.
   */
  stop(): void {
    const { status } = this.state;
    if (!canStop(status)) return;
    if (status === 'loading-data') {
      this.reset();
      return;
    }
    this.worker.send({ type: 'stop', runId: this.runId });
    this.set({ status: 'stopping' });
    this.armStopTimer();
  }

  private armStopTimer(): void {
    const id = this.runId;
    this.clearStopTimer();
    this.cancelStopTimer = this.deps.clock.after(STOP_TIMEOUT_MS, () => {
      this.cancelStopTimer = null;
      if (id !== this.runId || this.state.status !== 'stopping') return;
      this.restart();
      this.set({ status: 'stopped', error: { code: 'stop-timeout', keys: [], detail: String(this.state.iteration) } });
    });
  }

  /** Forgets the current run and its charts; the settings and the saved model stay. */
  reset(): void {
    this.runId++;
    this.checkRunId = null;
    this.clearStopTimer();
    this.log = new RunLog(0, 0);
    if (this.worker.alive) this.worker.send({ type: 'reset' });
    this.deps.dropDraft?.();
    this.set({ ...INITIAL_TRAINING, runId: this.runId, run: this.state.run });
  }

  /** Asks the worker for a copy of the current run's model (the most accurate lane so far), kept as a draft. */
  checkpoint(): void {
    const { status, lanes } = this.state;
    if (status !== 'running' && status !== 'paused') return;
    this.checkpointAskedAt = this.deps.clock.now();
    let best = -1;
    lanes.forEach((lane, k) => {
      if (lane.divergedAt !== null) return;
      if (best < 0 || (lane.accuracy.at(-1)?.test ?? 0) > (lanes[best].accuracy.at(-1)?.test ?? 0)) best = k;
    });
    if (best >= 0) this.worker.send({ type: 'checkpoint', runId: this.runId, lane: best });
  }

  /** Terminates the worker (whatever it is doing); the next command creates a fresh one. */
  restartWorker(): void {
    this.restart();
  }

  /** A restarted worker forgets a gradient check it was computing: the page must not wait for it. */
  private restart(): void {
    this.worker.restart();
    if (this.checkRunId !== null) {
      this.checkRunId = null;
      this.set({ gradientCheck: { pending: false, result: null, interrupted: true } });
    }
  }

  /** Compares the chosen numerical method with backpropagation on the current batch. */
  async checkGradient(run: RunSettings): Promise<void> {
    let dataset: Dataset;
    try {
      dataset = await this.deps.loadData();
    } catch (error) {
      this.fail({ code: 'data-load', keys: [], detail: reason(error) });
      return;
    }
    await this.worker.sendData(dataset);
    this.checkRunId = this.runId;
    this.set({ gradientCheck: { pending: true, result: null, interrupted: false } });
    this.worker.send({ type: 'gradient-check', runId: this.runId, run });
  }

  /** Shows the hidden units of another lane of the current (or finished) run. */
  watchLane(lane: number): void {
    this.set({ watchedLane: lane });
    if (this.state.status !== 'idle') this.worker.send({ type: 'watch-lane', runId: this.runId, lane });
  }

  /** Changes how strongly the loss line is smoothed, recomputing it from the raw losses. */
  setSmoothing(alpha: number): void {
    this.log.resmooth(alpha);
    this.set({ smoothing: alpha, lanes: this.laneViews() });
  }

  private fail(error: TrainingError): void {
    this.clearStopTimer();
    this.set({ status: 'error', error });
  }

  private clearStopTimer(): void {
    this.cancelStopTimer?.();
    this.cancelStopTimer = null;
  }

  private laneViews(): LaneView[] {
    return this.log.views(this.state.run.learningRates, this.state.lanes);
  }

  private receive(message: FromWorker): void {
    if (message.type === 'data-ready') return;
    if (message.type === 'gradient-check') {
      if (message.runId !== this.checkRunId) return;
      this.checkRunId = null;
      this.set({ gradientCheck: { pending: false, result: message.result, interrupted: false } });
      return;
    }
    if (message.type === 'error' && message.runId === this.checkRunId) {
      this.checkRunId = null;
      this.set({ gradientCheck: { pending: false, result: null, interrupted: false } });
    }
    // Anything about another run than the current one is stale.
    if (message.runId !== this.runId) return;
    // A stopping worker that still talks is finishing its evaluation, not stuck.
    if (this.state.status === 'stopping' && this.cancelStopTimer && message.type !== 'finished' && message.type !== 'error') this.armStopTimer();
    switch (message.type) {
      case 'error':
        this.fail({ code: message.code, keys: [], detail: message.message });
        return;
      case 'started':
        this.set({ parameterCount: message.parameterCount });
        return;
      case 'status':
        if (this.state.status === 'stopping') return;
        this.set({ status: message.status, ...(this.chartsStale ? { lanes: this.laneViews() } : {}) });
        this.chartsStale = false;
        if (message.status === 'paused') this.checkpoint();
        return;
      case 'progress':
        this.progress(message);
        if (this.state.status === 'running' && this.deps.clock.now() - this.checkpointAskedAt >= CHECKPOINT_EVERY_MS) this.checkpoint();
        return;
      case 'checkpoint':
        this.keepDraft(message);
        return;
      case 'weights':
        this.set({ weights: { iteration: message.iteration, hiddenSize: message.hiddenSize, W1: message.W1, lane: message.lane, deadUnits: message.deadUnits } });
        return;
      case 'finished':
        this.finish(message);
    }
  }

  private progress(message: Extract<FromWorker, { type: 'progress' }>): void {
    // Progress during an evaluation often carries no new points: then the charts keep their data.
    this.chartsStale = this.log.append(message.lanes) || this.chartsStale;
    const now = this.deps.clock.now();
    const redraw = this.chartsStale && (now - this.chartsDrawnAt >= CHART_EVERY_MS || message.iteration <= 1 || this.state.status !== 'running');
    if (redraw) {
      this.chartsDrawnAt = now;
      this.chartsStale = false;
    }
    this.set({
      iteration: message.iteration, iterationFraction: message.iterationFraction, elapsedMs: message.elapsedMs,
      phase: message.phase, measured: measurePace(this.state.measured, message), ...(redraw ? { lanes: this.laneViews() } : {}),
    });
  }

  private keepDraft(message: Extract<FromWorker, { type: 'checkpoint' }>): void {
    const dataset = this.worker.dataset;
    const { run, status } = this.state;
    if (!dataset || message.iteration < 1 || (status !== 'running' && status !== 'paused')) return;
    const lane = { learningRate: run.learningRates[message.lane], divergedAt: null, testAccuracy: null, augmentedAccuracy: null, params: message.params };
    this.deps.keepDraft?.(trainedModelFromLane(lane, run, dataset.train.rows * dataset.train.cols, message.iteration, new Date(), this.source));
  }

  private finish(message: Extract<FromWorker, { type: 'finished' }>): void {
    this.clearStopTimer();
    this.deps.dropDraft?.();
    const { run } = this.state;
    const lanes = this.laneViews().map((lane, k) => ({ ...lane, testAccuracy: message.lanes[k]?.testAccuracy ?? null }));
    // The run goes to the history before the status changes, so the page shows both in one render.
    if (message.iteration >= 1 && this.source === 'lab') {
      const series = this.log.series(run.learningRates);
      this.deps.keepRun?.({
        settings: run, end: message.reason, iterations: message.iteration, createdAt: new Date().toISOString(),
        lanes: series.map((lane, k) => ({ ...lane, testAccuracy: message.lanes[k]?.testAccuracy ?? null })),
      }, this.runId);
    }
    this.set({ status: message.reason, iteration: message.iteration, iterationFraction: 0, elapsedMs: message.elapsedMs, lanes, report: message.report });
    const best = message.report ? message.lanes[message.report.lane] : null;
    const dataset = this.worker.dataset;
    if (best && message.iteration >= 1 && dataset) {
      const inputSize = dataset.train.rows * dataset.train.cols;
      this.deps.keepModel(trainedModelFromLane(best, run, inputSize, message.iteration, new Date(), this.source));
    }
  }
}
