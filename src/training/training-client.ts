/**
 * The one module pages use to train: it runs commands through the worker handle, restarts the worker
 * after a crash or a stuck stop, and turns the worker's messages into the useTraining store.
 * Pages call these functions and read the store; nothing else talks to the worker.
 */
import type { Dataset } from '../lib/mnist/types';
import { ensureMnist } from '../state/mnist';
import { INITIAL_TRAINING, useTraining, type LaneView, type TrainingError } from '../state/training';
import { useTrainedModel } from '../state/trained-model';
import type { FromWorker, ToWorker } from './protocol';
import { RunLog } from './run-log';
import { DEFAULT_SETTINGS, learningRatesIssue, settingIssues, type TrainingSettings } from './settings';
import { trainedModelFromLane } from './trained-model-from-run';
import { WorkerHandle } from './worker-handle';

/** The session store, for pages that start a run here and watch it. */
export { useTraining } from '../state/training';

/** A stop that the worker has not confirmed by then ends with a restart of the worker. */
const STOP_TIMEOUT_MS = 5000;
/** Charts get new data at most this often; the figures beside them follow every progress message. */
const CHART_EVERY_MS = 500;

const handle = new WorkerHandle({
  message: (message) => receive(message),
  crash: (detail) => {
    fail({ code: 'worker-crashed', keys: [], detail });
    restartWorker();
  },
});
let runId = 0;
let log = new RunLog(0, 0);
let stopTimer: ReturnType<typeof setTimeout> | null = null;
let chartsDrawnAt = -Infinity;
let chartsStale = false;

function send(message: ToWorker, transfer: Transferable[] = []): void {
  handle.send(message, transfer);
}

/** Terminates the worker (whatever it is doing) and forgets it; the next command creates a fresh one. */
export function restartWorker(): void {
  handle.restart();
}

function fail(error: TrainingError): void {
  clearStopTimer();
  useTraining.setState({ status: 'error', error });
}

function clearStopTimer(): void {
  if (stopTimer !== null) clearTimeout(stopTimer);
  stopTimer = null;
}

function laneViews(learningRates = useTraining.getState().learningRates, previous: LaneView[] = useTraining.getState().lanes): LaneView[] {
  return log.views(learningRates, previous);
}

export interface StartOptions {
  /** 2–4 learning rates to race on the same seed and batches (default: just settings.learningRate). */
  learningRates?: number[];
  /** Start paused, e.g. to walk through iterations one step at a time. */
  paused?: boolean;
  /** Run exactly one iteration, then pause. */
  singleStep?: boolean;
}

/**
 * Starts a new run (replacing any current one) with DEFAULT_SETTINGS overridden by `partial`.
 * Invalid settings are refused: the store gets an 'invalid-settings' error and the previous run stays.
 * Returns whether the run was started.
 */
export async function startTraining(partial: Partial<TrainingSettings> = {}, options: StartOptions = {}): Promise<boolean> {
  const settings: TrainingSettings = { ...DEFAULT_SETTINGS, ...partial };
  const learningRates = options.learningRates ?? [settings.learningRate];
  const issues = settingIssues(settings);
  if (issues.length > 0 || learningRatesIssue(learningRates)) {
    const keys = issues.length > 0 ? issues.map((i) => i.key) : (['learningRates'] as const);
    useTraining.setState({ error: { code: 'invalid-settings', keys: [...keys], detail: '' } });
    return false;
  }
  const id = ++runId;
  clearStopTimer();
  const smoothing = useTraining.getState().smoothing;
  log = new RunLog(learningRates.length, smoothing);
  chartsDrawnAt = -Infinity;
  chartsStale = false;
  useTraining.setState({ ...INITIAL_TRAINING, status: 'loading-data', runId: id, settings, learningRates, lanes: laneViews(learningRates, []) });
  let dataset: Dataset;
  try {
    dataset = await ensureMnist();
  } catch (error) {
    if (id === runId) fail({ code: 'data-load', keys: [], detail: error instanceof Error ? error.message : String(error) });
    return false;
  }
  if (id !== runId) return false;
  await handle.sendData(dataset);
  if (id !== runId) return false;
  useTraining.setState({ status: 'starting' });
  send({ type: 'start', runId: id, settings, learningRates, paused: options.paused === true || options.singleStep === true });
  if (options.singleStep) send({ type: 'step', runId: id });
  return true;
}

/** Pauses the current run after the slice of work in progress. */
export function pause(): void {
  if (useTraining.getState().status === 'running') send({ type: 'pause', runId });
}

export function resume(): void {
  if (useTraining.getState().status === 'paused') send({ type: 'resume', runId });
}

/** One more iteration of a paused run; with no run, starts one that stops after its first iteration. */
export function step(): void {
  const { status, settings, learningRates } = useTraining.getState();
  if (status === 'paused') send({ type: 'step', runId });
  else if (status === 'idle' || status === 'completed' || status === 'stopped' || status === 'diverged' || status === 'error') {
    void startTraining(settings, { learningRates, singleStep: true });
  }
}

/** Ends the run; the model trained so far is kept. A worker that does not answer in time is restarted. */
export function stop(): void {
  const { status } = useTraining.getState();
  if (status === 'loading-data') {
    reset();
    return;
  }
  if (status !== 'running' && status !== 'paused' && status !== 'starting') return;
  send({ type: 'stop', runId });
  useTraining.setState({ status: 'stopping' });
  const id = runId;
  clearStopTimer();
  stopTimer = setTimeout(() => {
    if (id !== runId || useTraining.getState().status !== 'stopping') return;
    restartWorker();
    useTraining.setState({ status: 'stopped' });
  }, STOP_TIMEOUT_MS);
}

/** Forgets the current run and its charts; the settings and the saved model stay. */
export function reset(): void {
  runId++;
  clearStopTimer();
  log = new RunLog(0, 0);
  if (handle.alive) send({ type: 'reset' });
  const { settings, learningRates } = useTraining.getState();
  useTraining.setState({ ...INITIAL_TRAINING, runId, settings, learningRates });
}

/** Compares the chosen numerical method with backpropagation on the current batch. */
export async function checkGradient(settings: TrainingSettings): Promise<void> {
  let dataset: Dataset;
  try {
    dataset = await ensureMnist();
  } catch (error) {
    fail({ code: 'data-load', keys: [], detail: error instanceof Error ? error.message : String(error) });
    return;
  }
  await handle.sendData(dataset);
  useTraining.setState({ gradientCheck: { pending: true, result: null } });
  send({ type: 'gradient-check', runId, settings });
}

/** Changes how strongly the loss line is smoothed, recomputing it from the raw losses. */
export function setSmoothing(alpha: number): void {
  log.resmooth(alpha);
  useTraining.setState({ smoothing: alpha, lanes: laneViews() });
}

function receive(message: FromWorker): void {
  if (message.type === 'data-ready') return;
  // Anything about another run than the current one is stale.
  if (message.runId !== runId) return;
  switch (message.type) {
    case 'error':
      fail({ code: message.code, keys: [], detail: message.message });
      return;
    case 'started':
      useTraining.setState({ parameterCount: message.parameterCount });
      return;
    case 'status':
      if (useTraining.getState().status === 'stopping') return;
      useTraining.setState({ status: message.status, ...(chartsStale ? { lanes: laneViews() } : {}) });
      chartsStale = false;
      return;
    case 'progress': {
      // Progress during an evaluation often carries no new points: then the charts keep their data.
      chartsStale = log.append(message.lanes) || chartsStale;
      const now = performance.now();
      const redraw = chartsStale && (now - chartsDrawnAt >= CHART_EVERY_MS || message.iteration <= 1 || useTraining.getState().status !== 'running');
      if (redraw) {
        chartsDrawnAt = now;
        chartsStale = false;
      }
      useTraining.setState({
        iteration: message.iteration, iterationFraction: message.iterationFraction, elapsedMs: message.elapsedMs,
        phase: message.phase, ...(redraw ? { lanes: laneViews() } : {}),
      });
      return;
    }
    case 'weights':
      useTraining.setState({ weights: { iteration: message.iteration, hiddenSize: message.hiddenSize, W1: message.W1 } });
      return;
    case 'gradient-check':
      useTraining.setState({ gradientCheck: { pending: false, result: message.result } });
      return;
    case 'finished':
      finish(message);
  }
}

function finish(message: Extract<FromWorker, { type: 'finished' }>): void {
  clearStopTimer();
  const state = useTraining.getState();
  const lanes = laneViews().map((lane, k) => ({ ...lane, testAccuracy: message.lanes[k]?.testAccuracy ?? null, divergedAt: message.lanes[k]?.divergedAt ?? null }));
  useTraining.setState({ status: message.reason, iteration: message.iteration, iterationFraction: 0, elapsedMs: message.elapsedMs, lanes, report: message.report });
  const best = message.report ? message.lanes[message.report.lane] : null;
  const dataset = handle.dataset;
  if (best && message.iteration >= 1 && dataset) {
    const inputSize = dataset.train.rows * dataset.train.cols;
    useTrainedModel.getState().setModel(trainedModelFromLane(best, state.settings, inputSize, message.iteration, new Date()));
  }
}
