/**
 * The one module that owns the training worker: creates it, sends it the data, restarts it after a
 * crash or a stuck stop, terminates it, and turns its messages into the useTraining store.
 * Pages call these functions and read the store; nothing else talks to the worker.
 */
import type { Dataset } from '../lib/mnist/types';
import { ensureMnist } from '../state/mnist';
import { INITIAL_TRAINING, useTraining, type LaneView, type TrainingError } from '../state/training';
import { useTrainedModel } from '../state/trained-model';
import type { FromWorker, PageEndpoint, ToHelper, ToWorker } from './protocol';
import { dataParts } from './data-parts';
import { RunLog } from './run-log';
import { DEFAULT_SETTINGS, learningRatesIssue, settingIssues, type TrainingSettings } from './settings';
import { trainedModelFromLane } from './trained-model-from-run';

/** The session store, for pages that start a run here and watch it. */
export { useTraining } from '../state/training';

/** A stop that the worker has not confirmed by then ends with a restart of the worker. */
const STOP_TIMEOUT_MS = 5000;
/** Charts get new data at most this often; the figures beside them follow every progress message. */
const CHART_EVERY_MS = 500;

/** The incremental numerical gradient is split between the training worker and up to this many helpers. */
const MAX_HELPERS = 3;
/** Cores left to the page and the training worker: on a 2-core machine a helper would starve the page. */
const RESERVED_CORES = 2;

let worker: (Worker & PageEndpoint) | null = null;
let helpers: Worker[] = [];
let dataInWorker: Dataset | null = null;
let dataSent: Promise<void> = Promise.resolve();
let runId = 0;
let log = new RunLog(0, 0);
let stopTimer: ReturnType<typeof setTimeout> | null = null;
let chartsDrawnAt = -Infinity;
let chartsStale = false;

function send(message: ToWorker, transfer: Transferable[] = []): void {
  ensureWorker().postMessage(message, transfer);
}

function ensureWorker(): Worker & PageEndpoint {
  if (worker) return worker;
  const created = new Worker(new URL('./training.worker.ts', import.meta.url), { type: 'module', name: 'training' });
  created.onmessage = (event: MessageEvent<FromWorker>) => receive(event.data);
  created.onerror = (event) => {
    event.preventDefault();
    fail({ code: 'worker-crashed', keys: [], detail: event.message || 'worker error' });
    restartWorker();
  };
  worker = created;
  const cores = typeof navigator !== 'undefined' && navigator.hardwareConcurrency > 0 ? navigator.hardwareConcurrency : 2;
  for (let k = 0; k < Math.min(MAX_HELPERS, cores - RESERVED_CORES); k++) {
    const helper = new Worker(new URL('./gradient-helper.worker.ts', import.meta.url), { type: 'module', name: `gradient-helper-${k + 1}` });
    helper.onerror = created.onerror;
    const channel = new MessageChannel();
    const connect: ToHelper = { type: 'connect', port: channel.port2 };
    helper.postMessage(connect, [channel.port2]);
    created.postMessage({ type: 'connect-helper', port: channel.port1 }, [channel.port1]);
    helpers.push(helper);
  }
  return created;
}

/** Terminates the worker (whatever it is doing) and forgets it; the next command creates a fresh one. */
export function restartWorker(): void {
  worker?.terminate();
  helpers.forEach((helper) => helper.terminate());
  helpers = [];
  worker = null;
  dataInWorker = null;
  dataSent = Promise.resolve();
}

/**
 * Gives the worker its own copy of the data set once per worker, in slices posted one task apart,
 * so the page never stalls on one 47 MB copy. Callers await it before sending a command that needs data.
 */
function sendData(dataset: Dataset): Promise<void> {
  if (dataInWorker === dataset) return dataSent;
  dataInWorker = dataset;
  const target = ensureWorker();
  dataSent = (async () => {
    for (const { message, transfer } of dataParts(dataset)) {
      if (worker !== target) return;
      target.postMessage(message, transfer);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  })();
  return dataSent;
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
  await sendData(dataset);
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
  if (worker) send({ type: 'reset' });
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
  await sendData(dataset);
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
  if (best && message.iteration >= 1 && dataInWorker) {
    const inputSize = dataInWorker.train.rows * dataInWorker.train.cols;
    useTrainedModel.getState().setModel(trainedModelFromLane(best, state.settings, inputSize, message.iteration, new Date()));
  }
}
