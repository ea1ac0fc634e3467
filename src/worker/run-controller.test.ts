import { describe, expect, it } from 'vitest';
import { syntheticSet } from '../../tests/unit/synthetic-mnist';
import type { FromWorker } from '../protocol/protocol';
import { dataParts } from '../protocol/data-parts';
import { RunController } from './run-controller';
import type { TrainingSession } from './training-session';
import { DEFAULT_SETTINGS, runSettings, type RunSettings } from '../protocol/settings';

const data = { train: syntheticSet(200, 1), test: syntheticSet(50, 2) };
const settings: RunSettings = runSettings({ ...DEFAULT_SETTINGS, hiddenSize: 6, batchSize: 10, iterations: 12, evalInterval: 4, method: 'backprop' });

/** A controller with a clock that moves 1 ms per reading and a task queue run by hand. */
function harness() {
  const posted: FromWorker[] = [];
  const tasks: (() => void)[] = [];
  let clock = 0;
  const controller = new RunController({ post: (m) => posted.push(m), now: () => (clock += 1), schedule: (task) => tasks.push(task) });
  const runTasks = (limit = 10_000) => {
    for (let k = 0; k < limit && tasks.length > 0; k++) tasks.shift()?.();
  };
  const of = <T extends FromWorker['type']>(type: T) => posted.filter((m): m is Extract<FromWorker, { type: T }> => m.type === type);
  return { controller, posted, runTasks, of };
}

const losses = (messages: Extract<FromWorker, { type: 'progress' }>[]) => messages.flatMap((m) => m.lanes[0].losses);

describe('RunController', () => {
  it('refuses to start without data or with invalid settings, with a reason', () => {
    const { controller, of } = harness();
    controller.handle({ type: 'start', runId: 1, run: settings, paused: false });
    expect(of('error')[0]).toMatchObject({ runId: 1, code: 'no-data' });
    controller.handle({ type: 'load-data', ...data });
    controller.handle({ type: 'start', runId: 2, run: { ...settings, batchSize: 0 }, paused: false });
    expect(of('error')[1]).toMatchObject({ runId: 2, code: 'invalid-settings', message: 'Invalid settings: batchSize' });
    controller.handle({ type: 'start', runId: 3, run: { ...settings, learningRates: [0.1, 0.2, 0.3, 0.4, 0.5] }, paused: false });
    expect(of('error')[2]).toMatchObject({ runId: 3, code: 'invalid-settings' });
  });

  it('runs to the end, posting every loss once and the trained parameters', () => {
    const { controller, runTasks, of } = harness();
    controller.handle({ type: 'load-data', ...data });
    controller.handle({ type: 'start', runId: 5, run: settings, paused: false });
    runTasks();
    expect(of('started')[0]).toEqual({ type: 'started', runId: 5, parameterCount: 784 * 6 + 6 + 60 + 10 });
    expect(losses(of('progress'))).toHaveLength(12);
    const finished = of('finished')[0];
    expect(finished).toMatchObject({ runId: 5, reason: 'completed', iteration: 12 });
    expect(finished.lanes[0].params.W1).toHaveLength(784 * 6);
    expect(finished.report?.confusion.reduce((a, b) => a + b, 0)).toBe(50);
  });

  it('pauses, steps one iteration at a time, ignores stale commands, and stops with what it has', () => {
    const { controller, runTasks, of } = harness();
    controller.handle({ type: 'load-data', ...data });
    controller.handle({ type: 'start', runId: 7, run: settings, paused: true });
    runTasks();
    expect(of('status').at(-1)).toEqual({ type: 'status', runId: 7, status: 'paused' });
    expect(losses(of('progress'))).toHaveLength(0);
    controller.handle({ type: 'step', runId: 7 });
    runTasks();
    expect(losses(of('progress'))).toHaveLength(1);
    controller.handle({ type: 'step', runId: 7 });
    runTasks();
    expect(losses(of('progress'))).toHaveLength(2);
    expect(of('status').at(-1)?.status).toBe('paused');
    controller.handle({ type: 'resume', runId: 6 });
    runTasks();
    expect(losses(of('progress'))).toHaveLength(2);
    controller.handle({ type: 'stop', runId: 7 });
    runTasks();
    expect(of('finished')[0]).toMatchObject({ runId: 7, reason: 'stopped', iteration: 2 });
  });

  it('a step after a pause caught mid-evaluation still advances exactly one iteration', () => {
    const evaluating: RunSettings = { ...settings, evalInterval: 1 };
    for (let pauseAfter = 1; pauseAfter <= 12; pauseAfter++) {
      const { controller, runTasks, of } = harness();
      controller.handle({ type: 'load-data', ...data });
      controller.handle({ type: 'start', runId: 9, run: evaluating, paused: false });
      runTasks(pauseAfter);
      controller.handle({ type: 'pause', runId: 9 });
      runTasks();
      const paused = of('progress').at(-1)?.iteration ?? 0;
      if (paused >= evaluating.iterations) continue;
      controller.handle({ type: 'step', runId: 9 });
      runTasks();
      expect(of('progress').at(-1)?.iteration).toBe(paused + 1);
    }
  });

  it('takes the data in parts as it takes it whole', () => {
    const { controller, runTasks, of } = harness();
    for (const { message } of dataParts(data)) controller.handle(message);
    expect(of('data-ready')[0]).toEqual({ type: 'data-ready', trainCount: 200, testCount: 50 });
    controller.handle({ type: 'start', runId: 10, run: settings, paused: false });
    runTasks();
    expect(of('finished')[0]).toMatchObject({ runId: 10, reason: 'completed', iteration: 12 });
  });

  it('after a reset, nothing more comes from the old run', () => {
    const { controller, runTasks, posted } = harness();
    controller.handle({ type: 'load-data', ...data });
    controller.handle({ type: 'start', runId: 8, run: settings, paused: false });
    controller.handle({ type: 'reset' });
    const count = posted.length;
    runTasks();
    expect(posted.length).toBe(count);
  });

  it('says so when every lane diverged', () => {
    const { controller, runTasks, of } = harness();
    controller.handle({ type: 'load-data', ...data });
    controller.handle({ type: 'start', runId: 9, run: settings, paused: true });
    // No accepted rate overflows this network, so the fault is planted in the paused run's weights.
    (controller as unknown as { run: { session: TrainingSession } }).run.session.lanes[0].net.params.W2.data[0] = Number.NaN;
    controller.handle({ type: 'resume', runId: 9 });
    runTasks();
    const finished = of('finished')[0];
    expect(finished.reason).toBe('diverged');
    expect(finished.lanes[0].divergedAt).toBe(finished.iteration);
    expect(of('progress').at(-1)?.lanes[0].divergedBy).toBe('loss');
  });

  it('shows the hidden units of the lane the page watches, also after the run', () => {
    const { controller, runTasks, of } = harness();
    controller.handle({ type: 'load-data', ...data });
    controller.handle({ type: 'start', runId: 10, run: { ...settings, learningRates: [0.1, 0.5] }, paused: false });
    runTasks();
    controller.handle({ type: 'watch-lane', runId: 10, lane: 1 });
    expect(of('weights').at(-1)).toMatchObject({ runId: 10, lane: 1, iteration: 12 });
    controller.handle({ type: 'watch-lane', runId: 10, lane: 7 });
    controller.handle({ type: 'watch-lane', runId: 3, lane: 0 });
    expect(of('weights').at(-1)?.lane).toBe(1);
  });

  it('confirms a stop at once and measures the final test accuracy in slices, between which a reset is honoured', () => {
    const big = { train: syntheticSet(200, 1), test: syntheticSet(6000, 2) };
    const race: RunSettings = { ...settings, hiddenSize: 40, iterations: 100_000, learningRates: [0.01, 0.1, 0.3, 1] };
    for (const then of ['finish', 'reset'] as const) {
      const { controller, runTasks, of, posted } = harness();
      controller.handle({ type: 'load-data', ...big });
      controller.handle({ type: 'start', runId: 4, run: race, paused: false });
      runTasks(3);
      controller.handle({ type: 'stop', runId: 4 });
      expect(of('status').at(-1)).toEqual({ type: 'status', runId: 4, status: 'stopping' });
      expect(of('finished')).toHaveLength(0);
      // The evaluation of four lanes on 6,000 images takes several slices: the worker keeps answering.
      runTasks(2);
      expect(of('finished')).toHaveLength(0);
      if (then === 'reset') {
        controller.handle({ type: 'reset' });
        const count = posted.length;
        runTasks();
        expect(posted.length).toBe(count);
        continue;
      }
      controller.handle({ type: 'pause', runId: 4 });
      runTasks();
      const finished = of('finished');
      expect(finished).toHaveLength(1);
      expect(finished[0]).toMatchObject({ runId: 4, reason: 'stopped' });
      expect(finished[0].lanes.map((l) => l.testAccuracy)).toEqual([expect.any(Number), expect.any(Number), expect.any(Number), expect.any(Number)]);
      expect(finished[0].report?.confusion.reduce((a, b) => a + b, 0)).toBe(6000);
      // A stop of a run that did not train for drawn digits leaves the augmented test set unmeasured.
      expect(finished[0].lanes.map((l) => l.augmentedAccuracy)).toEqual([null, null, null, null]);
    }
    // Four lanes on 6,000 test images are seconds of work on a loaded machine.
  }, 30_000);

  it('measures the augmented test set at the end of a completed run, and at a stop only when the run trained on augmented images', () => {
    const outcome = (run: RunSettings, stop: boolean) => {
      const { controller, runTasks, of } = harness();
      controller.handle({ type: 'load-data', ...data });
      controller.handle({ type: 'start', runId: 1, run, paused: stop });
      if (stop) {
        controller.handle({ type: 'step', runId: 1 });
        runTasks();
        controller.handle({ type: 'stop', runId: 1 });
      }
      runTasks();
      return of('finished')[0].lanes[0];
    };
    expect(outcome(settings, false).augmentedAccuracy).toEqual(expect.any(Number));
    expect(outcome({ ...settings, augmentation: true }, true).augmentedAccuracy).toEqual(expect.any(Number));
    const stopped = outcome(settings, true);
    expect(stopped.augmentedAccuracy).toBeNull();
    expect(stopped.testAccuracy).toEqual(expect.any(Number));
  });

  it('answers a gradient check before any run, on the run’s first batch', () => {
    const { controller, of } = harness();
    controller.handle({ type: 'load-data', ...data });
    controller.handle({ type: 'gradient-check', runId: 0, run: { ...settings, method: 'incremental' } });
    const result = of('gradient-check')[0].result;
    expect(result.compared).toBe(784 * 6 + 6 + 60 + 10);
    expect(result.medianRelativeError).toBeLessThan(1e-6);
  });
});
