import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { syntheticSet } from '../../tests/unit/synthetic-mnist';
import type { Dataset } from '../lib/mnist/types';
import type { FromWorker, LaneProgress, ToWorker } from '../protocol/protocol';
import { readRunRecord, type RunOutcome } from '../state/run-record';
import type { TrainedModel } from '../state/trained-model';
import { INITIAL_TRAINING, type TrainingState } from '../state/training';
import type { WorkerEvents, WorkerLink } from './client-deps';
import { CHART_EVERY_MS, CHECKPOINT_EVERY_MS, STOP_TIMEOUT_MS, TrainingClient } from './training-client';

const dataset: Dataset = { name: 'synthetic', train: syntheticSet(20, 1), test: syntheticSet(10, 2) };

/** A worker that records what it is sent, and a clock whose time and timers move by hand. */
function harness() {
  let time = 0;
  let timers: { at: number; task: () => void; cancelled: boolean }[] = [];
  const sent: ToWorker[] = [];
  const kept: TrainedModel[] = [];
  const runs: { run: RunOutcome; runId: number; statusThen: TrainingState['status'] }[] = [];
  let prepared = 0;
  /** Drafts kept (a model) and dropped (null), in order. */
  const drafts: (TrainedModel | null)[] = [];
  let restarts = 0;
  let events: WorkerEvents | null = null;
  const link: WorkerLink = {
    alive: true,
    get dataset() { return dataset; },
    send: (message) => { sent.push(message); },
    sendData: async () => {},
    restart: () => { restarts++; },
  };
  const store = createStore<TrainingState>()(() => ({ ...INITIAL_TRAINING, smoothing: 0 }));
  const client = new TrainingClient({
    connect: (e) => { events = e; return link; },
    clock: {
      now: () => time,
      after: (ms, task) => {
        const timer = { at: time + ms, task, cancelled: false };
        timers.push(timer);
        return () => { timer.cancelled = true; };
      },
    },
    store,
    loadData: async () => dataset,
    keepModel: (model) => kept.push(model),
    keepRun: (run, runId) => runs.push({ run, runId, statusThen: store.getState().status }),
    prepareRuns: () => { prepared++; },
    keepDraft: (model) => drafts.push(model),
    dropDraft: () => drafts.push(null),
  });
  const advance = (ms: number) => {
    time += ms;
    const due = timers.filter((t) => !t.cancelled && t.at <= time);
    timers = timers.filter((t) => !due.includes(t));
    due.forEach((t) => t.task());
  };
  const fromWorker = (message: FromWorker) => events?.message(message);
  const lastStart = () => sent.filter((m): m is Extract<ToWorker, { type: 'start' }> => m.type === 'start').at(-1);
  return { client, store, sent, kept, runs, drafts, advance, fromWorker, lastStart, restarts: () => restarts, prepared: () => prepared };
}

const lane = (firstIteration: number, losses: number[]): LaneProgress => ({ firstIteration, losses, evals: [], epochs: [], divergedAt: null, divergedBy: null });

const progress = (runId: number, iteration: number, losses: number[]): FromWorker => ({
  type: 'progress', runId, iteration, iterationFraction: 0, elapsedMs: iteration, phase: 'training', lanes: [lane(iteration - losses.length + 1, losses)],
});

describe('TrainingClient', () => {
  it('starts a run with one source for its learning rates, and refuses invalid settings', async () => {
    const { client, store, lastStart } = harness();
    expect(await client.start({ hiddenSize: 0 })).toBe(false);
    expect(store.getState().error).toMatchObject({ code: 'invalid-settings', keys: ['hiddenSize'] });
    expect(await client.start({ learningRate: 0.5 })).toBe(true);
    expect(lastStart()?.run.learningRates).toEqual([0.5]);
    expect(await client.start({}, { learningRates: [0.01, 0.1, 3] })).toBe(true);
    expect(lastStart()?.run.learningRates).toEqual([0.01, 0.1, 3]);
    expect(store.getState()).toMatchObject({ status: 'starting', runId: 2 });
    expect(lastStart()?.run).not.toHaveProperty('lossBeforeUpdate');
    expect(await client.start({}, { epochEvaluations: false, lossBeforeUpdate: true })).toBe(true);
    expect(lastStart()?.run).toMatchObject({ epochEvaluations: false, lossBeforeUpdate: true });
  });

  it('drops every message about a run other than the current one', async () => {
    const { client, store, fromWorker } = harness();
    await client.start();
    await client.start();
    fromWorker({ type: 'status', runId: 1, status: 'running' });
    fromWorker(progress(1, 5, [2, 2, 2, 2, 2]));
    fromWorker({ type: 'error', runId: 1, code: 'failed', message: 'old' });
    expect(store.getState()).toMatchObject({ status: 'starting', iteration: 0, error: null });
    fromWorker({ type: 'status', runId: 2, status: 'running' });
    fromWorker(progress(2, 1, [2.3]));
    expect(store.getState()).toMatchObject({ status: 'running', iteration: 1 });
  });

  it('restarts a worker that does not confirm a stop in time, and not one that does', async () => {
    const { client, store, advance, fromWorker, restarts } = harness();
    await client.start();
    fromWorker({ type: 'status', runId: 1, status: 'running' });
    client.stop();
    expect(store.getState().status).toBe('stopping');
    advance(STOP_TIMEOUT_MS - 1);
    expect(restarts()).toBe(0);
    advance(1);
    expect(restarts()).toBe(1);
    expect(store.getState().status).toBe('stopped');

    await client.start();
    fromWorker({ type: 'status', runId: 2, status: 'running' });
    client.stop();
    fromWorker({ type: 'finished', runId: 2, reason: 'stopped', iteration: 3, elapsedMs: 30, lanes: [], report: null });
    advance(STOP_TIMEOUT_MS * 2);
    expect(restarts()).toBe(1);
    expect(store.getState().status).toBe('stopped');
  });

  it('waits for a worker that confirmed the stop and keeps reporting, and says what a kill lost', async () => {
    const { client, store, advance, fromWorker, restarts, kept } = harness();
    await client.start({ hiddenSize: 2 });
    fromWorker({ type: 'status', runId: 1, status: 'running' });
    fromWorker(progress(1, 40, [2]));
    client.stop();
    fromWorker({ type: 'status', runId: 1, status: 'stopping' });
    // The final evaluation of a large race takes longer than the timeout; the worker says it is at it.
    for (let k = 0; k < 6; k++) {
      advance(STOP_TIMEOUT_MS - 1000);
      fromWorker({ type: 'progress', runId: 1, iteration: 40, iterationFraction: 0, elapsedMs: 40, phase: 'evaluating', lanes: [lane(41, [])] });
    }
    expect(restarts()).toBe(0);
    expect(store.getState().status).toBe('stopping');
    const params = { W1: new Float64Array(784 * 2), b1: new Float64Array(2), W2: new Float64Array(20), b2: new Float64Array(10) };
    fromWorker({ type: 'finished', runId: 1, reason: 'stopped', iteration: 40, elapsedMs: 1, lanes: [{ learningRate: 0.1, divergedAt: null, testAccuracy: 0.5, augmentedAccuracy: 0.3, params }], report: { lane: 0, confusion: [], misclassified: [] } });
    expect(kept).toHaveLength(1);
    expect(store.getState()).toMatchObject({ status: 'stopped', error: null });

    // A worker that falls silent is restarted, and the page says which model was lost.
    await client.start({ hiddenSize: 2 });
    fromWorker({ type: 'status', runId: 2, status: 'running' });
    fromWorker(progress(2, 7, [2]));
    client.stop();
    advance(STOP_TIMEOUT_MS);
    expect(restarts()).toBe(1);
    expect(store.getState()).toMatchObject({ status: 'stopped', error: { code: 'stop-timeout', detail: '7' } });
    expect(kept).toHaveLength(1);
  });

  it('never leaves a gradient check "computing" for ever: a restart cancels it, and a new run does not drop its answer', async () => {
    const { client, store, advance, fromWorker, restarts } = harness();
    const run = store.getState().run;
    await client.start();
    fromWorker({ type: 'status', runId: 1, status: 'running' });
    await client.checkGradient(run);
    expect(store.getState().gradientCheck.pending).toBe(true);
    // The worker is busy with the check and cannot answer the stop: it is restarted.
    client.stop();
    advance(STOP_TIMEOUT_MS);
    expect(restarts()).toBe(1);
    expect(store.getState().gradientCheck).toEqual({ pending: false, result: null, interrupted: true });

    // A check asked before a run is answered after the run started: the answer still counts.
    client.reset();
    await client.checkGradient(run);
    const asked = store.getState().runId;
    await client.start();
    const result = { method: 'incremental' as const, hiddenSize: 50, compared: 3, maxRelativeError: 1e-9, medianRelativeError: 1e-10, outliers: 0, outliersAtKink: 0, worst: { group: 'W1' as const, index: 0, numerical: 0, backprop: 0, atKink: false }, kink: null, milliseconds: 5 };
    fromWorker({ type: 'gradient-check', runId: asked, result });
    expect(store.getState().gradientCheck).toEqual({ pending: false, result, interrupted: false });
  });

  it('hands the charts new points at most every CHART_EVERY_MS while the figures follow every message', async () => {
    const { client, store, advance, fromWorker } = harness();
    await client.start();
    fromWorker({ type: 'status', runId: 1, status: 'running' });
    fromWorker(progress(1, 1, [2.3]));
    const first = store.getState().lanes[0].loss;
    expect(first).toHaveLength(1);
    advance(100);
    fromWorker(progress(1, 2, [2.2]));
    expect(store.getState().iteration).toBe(2);
    expect(store.getState().lanes[0].loss).toBe(first);
    advance(CHART_EVERY_MS);
    fromWorker(progress(1, 3, [2.1]));
    expect(store.getState().lanes[0].loss.map((p) => p.loss)).toEqual([2.3, 2.2, 2.1]);
    // A pause shows the points held back at once.
    fromWorker(progress(1, 4, [2.0]));
    fromWorker({ type: 'status', runId: 1, status: 'paused' });
    expect(store.getState().lanes[0].loss).toHaveLength(4);
  });

  it('times the pace from training alone, and starts timing afresh with each run', async () => {
    const { client, store, fromWorker } = harness();
    await client.start();
    fromWorker({ type: 'status', runId: 1, status: 'running' });
    const at = (iteration: number, elapsedMs: number, phase: 'training' | 'evaluating'): FromWorker => ({ type: 'progress', runId: 1, iteration, iterationFraction: 0, elapsedMs, phase, lanes: [lane(iteration + 1, [])] });
    fromWorker(at(1, 3000, 'evaluating'));
    fromWorker(at(5, 3500, 'training'));
    expect(store.getState().measured).toMatchObject({ iterations: 0, ms: 0 });
    fromWorker(at(19, 3750, 'training'));
    expect(store.getState().measured).toMatchObject({ iterations: 14, ms: 250 });
    await client.start();
    expect(store.getState().measured).toEqual({ iterations: 0, ms: 0, last: null });
  });

  it('keeps the best lane of a finished run as the trained model', async () => {
    const { client, fromWorker, kept } = harness();
    await client.start({ hiddenSize: 2 });
    const params = { W1: new Float64Array(784 * 2), b1: new Float64Array(2), W2: new Float64Array(20), b2: new Float64Array(10) };
    fromWorker({
      type: 'finished', runId: 1, reason: 'completed', iteration: 1000, elapsedMs: 1,
      lanes: [{ learningRate: 0.1, divergedAt: null, testAccuracy: 0.9, augmentedAccuracy: 0.7, params }], report: { lane: 0, confusion: [], misclassified: [] },
    });
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ hiddenSize: 2, iterations: 1000, testAccuracy: 0.9 });
  });

  it('asks for the running model every CHECKPOINT_EVERY_MS and on pause, keeps it as a draft, and drops the draft when the run ends', async () => {
    const { client, fromWorker, sent, drafts, advance } = harness();
    await client.start({ hiddenSize: 2 });
    fromWorker({ type: 'status', runId: 1, status: 'running' });
    const asked = () => sent.filter((m) => m.type === 'checkpoint').length;
    fromWorker(progress(1, 1, [2]));
    expect(asked()).toBe(0);
    advance(CHECKPOINT_EVERY_MS);
    fromWorker(progress(1, 2, [2]));
    expect(asked()).toBe(1);
    const params = { W1: new Float64Array(784 * 2), b1: new Float64Array(2), W2: new Float64Array(20), b2: new Float64Array(10) };
    fromWorker({ type: 'checkpoint', runId: 1, iteration: 2, lane: 0, params });
    expect(drafts.at(-1)).toMatchObject({ hiddenSize: 2, iterations: 2, testAccuracy: null });
    fromWorker({ type: 'status', runId: 1, status: 'paused' });
    expect(asked()).toBe(2);
    client.stop();
    fromWorker({
      type: 'finished', runId: 1, reason: 'stopped', iteration: 2, elapsedMs: 1,
      lanes: [{ learningRate: 0.1, divergedAt: null, testAccuracy: 0.5, augmentedAccuracy: 0.4, params }], report: { lane: 0, confusion: [], misclassified: [] },
    });
    expect(drafts.at(-1)).toBeNull();
  });

  it('keeps every lab run that did at least one iteration in the run history, with its settings, series and final accuracies', async () => {
    const { client, fromWorker, runs, store, prepared } = harness();
    await client.start({ hiddenSize: 2, seed: 7 }, { learningRates: [0.1, 1] });
    // The history is readied while the run trains…
    expect(prepared()).toBe(1);
    fromWorker({
      type: 'progress', runId: 1, iteration: 2, iterationFraction: 0, elapsedMs: 2, phase: 'training',
      lanes: [{ ...lane(1, [2.3, 2.1]), evals: [{ iteration: 2, train: 0.2, test: 0.25, deadUnits: 0 }] }, lane(1, [2.3, 9])],
    });
    const params = { W1: new Float64Array(784 * 2), b1: new Float64Array(2), W2: new Float64Array(20), b2: new Float64Array(10) };
    fromWorker({
      type: 'finished', runId: 1, reason: 'stopped', iteration: 2, elapsedMs: 1, report: { lane: 0, confusion: [], misclassified: [] },
      lanes: [{ learningRate: 0.1, divergedAt: null, testAccuracy: 0.3, augmentedAccuracy: 0.2, params }, { learningRate: 1, divergedAt: null, testAccuracy: 0.1, augmentedAccuracy: 0.1, params }],
    });
    expect(runs).toHaveLength(1);
    const { run, runId, statusThen } = runs[0];
    expect(runId).toBe(1);
    // …and gets the run before the status says it ended, so both show up in the same render.
    expect(statusThen).not.toBe('stopped');
    expect(store.getState().status).toBe('stopped');
    expect(run).toMatchObject({ end: 'stopped', iterations: 2, settings: { seed: 7, hiddenSize: 2, learningRates: [0.1, 1] } });
    expect(run.lanes.map((l) => [l.learningRate, l.testAccuracy, l.loss.map((p) => p.loss)])).toEqual([[0.1, 0.3, [2.3, 2.1]], [1, 0.1, [2.3, 9]]]);
    expect(run.lanes[0].accuracy).toEqual([{ iteration: 2, train: 0.2, test: 0.25 }]);
    // What the client keeps is what the history can read back.
    expect(readRunRecord({ ...run, id: 'x', name: 'x' })).not.toBeNull();
    await client.start({ hiddenSize: 2 }, { source: 'drawing' });
    fromWorker({ type: 'finished', runId: 2, reason: 'completed', iteration: 5, elapsedMs: 1, lanes: [], report: null });
    expect(runs).toHaveLength(1);
    expect(prepared()).toBe(1);
  });
});
