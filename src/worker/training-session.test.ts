import { describe, expect, it } from 'vitest';
import { TwoLayerNet } from '../lib/nets/two-layer-net';
import { imageBatch, labelBatch } from '../lib/mnist/batch';
import { syntheticSet } from '../../tests/unit/synthetic-mnist';
import { naiveGradient } from './gradient-slices';
import { DEFAULT_SETTINGS, runSettings, type RunSettings } from '../protocol/settings';
import { TrainingSession } from './training-session';

const data = { train: syntheticSet(300, 1), test: syntheticSet(100, 2) };
const settings: RunSettings = runSettings({ ...DEFAULT_SETTINGS, hiddenSize: 10, batchSize: 20, iterations: 40, evalInterval: 10, method: 'backprop', learningRate: 0.5 });
/** The settings racing `learningRates` instead. */
const racing = (...learningRates: number[]): RunSettings => ({ ...settings, learningRates });

function drain(session: TrainingSession) {
  for (const step of session.run()) void step;
  return session.takeProgress();
}

describe('TrainingSession', () => {
  it('learns the synthetic digits: the loss falls and the test accuracy rises', () => {
    const [lane] = drain(new TrainingSession(data, settings));
    expect(lane.losses).toHaveLength(40);
    expect(lane.losses[0]).toBeCloseTo(Math.log(10), 1);
    expect(lane.losses[39]).toBeLessThan(lane.losses[0] / 2);
    expect(lane.evals.map((e) => e.iteration)).toEqual([0, 10, 20, 30, 40]);
    expect(lane.evals[4].test).toBeGreaterThan(0.9);
  });

  it('evaluates the full sets when (iteration − 1) is a multiple of the iterations per epoch, like the notes', () => {
    // 300 training images / batch 20 = 15 iterations per epoch → counts 1, 16, 31.
    const [lane] = drain(new TrainingSession(data, settings));
    expect(lane.epochs.map((e) => [e.epoch, e.iteration])).toEqual([[0, 1], [1, 16], [2, 31]]);
  });

  it('skips the full sets when the run asks it to, and trains the same', () => {
    const [full] = drain(new TrainingSession(data, settings));
    const [lane] = drain(new TrainingSession(data, { ...settings, epochEvaluations: false }));
    expect(lane.epochs).toEqual([]);
    expect(lane.losses).toEqual(full.losses);
    expect(lane.evals).toEqual(full.evals);
  });

  it('records the loss before each update when the run asks it to, and trains the same', () => {
    const after = new TrainingSession(data, settings);
    const before = new TrainingSession(data, { ...settings, lossBeforeUpdate: true });
    const [a] = drain(after);
    const [b] = drain(before);
    expect(b.losses).toHaveLength(40);
    expect(b.losses.slice(1)).not.toEqual(a.losses.slice(1));
    expect(b.losses[0]).toBeCloseTo(Math.log(10), 1);
    expect(Array.from(before.lanes[0].net.params.W1.data)).toEqual(Array.from(after.lanes[0].net.params.W1.data));
    expect(b.evals).toEqual(a.evals);
  });

  it('repeats itself exactly with the same seed, and lanes share weights and batches', () => {
    const a = drain(new TrainingSession(data, settings))[0].losses;
    const race = drain(new TrainingSession(data, racing(0.5, 0.5, 0.05)));
    expect(race[0].losses).toEqual(a);
    expect(race[1].losses).toEqual(a);
    expect(race[2].losses[0]).not.toBe(a[0]);
    const other = drain(new TrainingSession(data, { ...settings, seed: 7 }))[0].losses;
    expect(other).not.toEqual(a);
  });

  it('stops a lane whose loss or weights stop being finite, and says when and which', () => {
    const session = new TrainingSession(data, racing(0.5, 0.5, 0.5));
    // No rate the lab accepts overflows this network (δ bounds the loss), so the faults are planted.
    session.lanes[0].net.params.W2.data[3] = Number.NaN;
    // Pixel 0 is blank in the synthetic digits: an infinite weight there leaves the loss finite.
    session.lanes[1].net.params.W1.data[0] = Number.POSITIVE_INFINITY;
    const [broken, overflowed, calm] = drain(session);
    expect([broken.divergedAt, broken.divergedBy, broken.losses.length]).toEqual([1, 'loss', 1]);
    expect([overflowed.divergedAt, overflowed.divergedBy]).toEqual([1, 'weights']);
    expect(Number.isFinite(overflowed.losses[0])).toBe(true);
    expect(calm.divergedAt).toBeNull();
    expect(calm.losses).toHaveLength(40);
  });

  it('does not call a large rate that saturates diverged: the loss stays below −log δ', () => {
    const [wild] = drain(new TrainingSession(data, racing(100)));
    expect(wild.divergedAt).toBeNull();
    expect(wild.losses).toHaveLength(40);
    expect(Math.max(...wild.losses)).toBeLessThan(-Math.log(1e-7) + 1e-9);
  });

  it('counts the hidden units that output 0 for every image of the training subset', () => {
    const session = new TrainingSession(data, racing(0.5));
    // A bias far below 0 silences a unit for every image.
    session.lanes[0].net.params.b1[2] = -1e3;
    session.lanes[0].net.params.b1[7] = -1e3;
    const [lane] = drain(session);
    expect(lane.evals[0].deadUnits).toBe(2);
    expect(session.watchedWeights()).toMatchObject({ lane: 0, deadUnits: [2, 7] });
    session.watchedLane = 5;
    expect(session.watchedWeights().lane).toBe(0);
  });

  it('trains with the notes’ softmax over the whole batch: first loss ≈ ln(N·K)', () => {
    const [lane] = drain(new TrainingSession(data, { ...settings, softmax: 'batch' }));
    expect(lane.losses[0]).toBeCloseTo(Math.log(20 * 10), 1);
    expect(lane.losses[39]).toBeGreaterThan(Math.log(20) - 1e-9);
  });

  it('reports the final test accuracy of each lane and the confusion matrix of the best', () => {
    const session = new TrainingSession(data, racing(0.5, 0.001));
    drain(session);
    const results = session.results();
    let step = results.next();
    while (!step.done) step = results.next();
    const { lanes, report } = step.value;
    expect(lanes[0].testAccuracy).toBeGreaterThan(lanes[1].testAccuracy ?? 1);
    expect(report?.lane).toBe(0);
    expect(report?.confusion.reduce((a, b) => a + b, 0)).toBe(100);
    expect(lanes[0].params.W1).toHaveLength(784 * 10);
    // The augmented test set is harder than the plain one, and measured for every lane.
    expect(lanes[0].augmentedAccuracy).toBeGreaterThan(0.1);
    expect(lanes[0].augmentedAccuracy).toBeLessThanOrEqual(lanes[0].testAccuracy ?? 0);
  });

  it('trains with momentum and a cosine-decayed learning rate when asked, repeatably', () => {
    const tuned = { ...settings, momentum: 0.9, lrSchedule: 'cosine' as const, learningRates: [0.1] };
    const [lane] = drain(new TrainingSession(data, tuned));
    expect(lane.losses[39]).toBeLessThan(lane.losses[0] / 2);
    expect(lane.losses).not.toEqual(drain(new TrainingSession(data, { ...tuned, momentum: 0 }))[0].losses);
    expect(drain(new TrainingSession(data, tuned))[0].losses).toEqual(lane.losses);
  });

  it('trains on augmented batches when asked: seeded, with the labels of the original images', () => {
    const augmented = { ...settings, augmentation: true };
    const session = new TrainingSession(data, augmented);
    const steps = session.iterate();
    for (let step = steps.next(); !step.done; step = steps.next()) void step;
    const plain = new TrainingSession(data, settings);
    const plainSteps = plain.iterate();
    for (let step = plainSteps.next(); !step.done; step = plainSteps.next()) void step;
    // Same batch of images (same labels), different pixels.
    expect(Array.from(session.lastBatch?.t ?? [])).toEqual(Array.from(plain.lastBatch?.t ?? []));
    expect(session.lastBatch?.x.data).not.toEqual(plain.lastBatch?.x.data);
    expect(Math.max(...(session.lastBatch?.x.data ?? [2]))).toBeLessThanOrEqual(1);
    expect(Math.min(...(session.lastBatch?.x.data ?? [-1]))).toBeGreaterThanOrEqual(0);
    expect(drain(new TrainingSession(data, augmented))[0].losses).toEqual(drain(new TrainingSession(data, augmented))[0].losses);
  });
});

describe('naiveGradient', () => {
  it('yields its progress and equals the notes’ whole numerical gradient', () => {
    const net = new TwoLayerNet({ inputSize: 784, hiddenSize: 2, outputSize: 10, weightInitStd: 0.1, seed: 4 });
    const indices = [0, 1, 2, 3];
    const x = imageBatch(data.train.images, 784, indices);
    const t = labelBatch(data.train.labels, indices);
    const steps = naiveGradient(net, x, t);
    const fractions: number[] = [];
    let step = steps.next();
    while (!step.done) {
      fractions.push(step.value);
      step = steps.next();
    }
    expect(fractions.at(-1)).toBe(1);
    expect(fractions.every((f, k) => k === 0 || f > fractions[k - 1])).toBe(true);
    const whole = net.numericalGradient(x, t, 'naive');
    expect(Array.from(step.value.W1.data)).toEqual(Array.from(whole.W1.data));
    expect(Array.from(step.value.b2)).toEqual(Array.from(whole.b2));
  });
});
