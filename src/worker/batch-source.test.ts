import { describe, expect, it } from 'vitest';
import { syntheticSet } from '../../tests/unit/synthetic-mnist';
import { DEFAULT_SETTINGS, runSettings, type RunSettings } from '../protocol/settings';
import type { AugmentRequest } from '../protocol/protocol';
import { answerAugment, type AugmentedBatch, HelperLink, type GradientHelpers } from './helper-link';
import { sparseColumns, sparseImageRows } from '../lib/nets/sparse-rows';
import { DRAW_STRIDE } from '../lib/digits/augment';
import { TrainingSession } from './training-session';

const data = { train: syntheticSet(300, 1), test: syntheticSet(100, 2) };
const settings: RunSettings = {
  ...runSettings({ ...DEFAULT_SETTINGS, hiddenSize: 10, batchSize: 20, iterations: 12, evalInterval: 6, method: 'backprop', learningRate: 0.1, momentum: 0.9, lrSchedule: 'cosine', augmentation: true }),
  epochEvaluations: false,
  lossBeforeUpdate: true,
};

/** A helper that augments as the real one does, answering a task later; `fail` makes request n (from 1) fail. */
function fakeHelper(fail?: (n: number) => boolean): GradientHelpers & { requests: number } {
  const helper = {
    requests: 0,
    count: 0,
    compute: () => Promise.reject(new Error('no shares here')),
    augment(images: Uint8Array, rows: number, cols: number, draws: Float64Array) {
      helper.requests++;
      const n = helper.requests;
      return new Promise<AugmentedBatch>((resolve, reject) => setTimeout(() => {
        if (fail?.(n)) return reject(new Error('helper gone'));
        const { answer } = answerAugment({ type: 'augment', id: n, images, rows, cols, draws });
        if ('images' in answer) resolve(answer);
        else reject(new Error(answer.error));
      }, 0));
    },
  };
  return helper;
}

/** Runs the session to its end, waiting whenever it waits for a helper; returns the waits. */
async function drain(session: TrainingSession): Promise<number> {
  let waits = 0;
  for (const step of session.run()) {
    if (step.kind === 'wait') {
      waits++;
      await step.until.catch(() => undefined);
    }
  }
  return waits;
}

const weights = (session: TrainingSession) => session.lanes[0].net.params.W1.data;
const sameBits = (a: Float64Array, b: Float64Array) => Buffer.from(a.buffer).equals(Buffer.from(b.buffer));

describe('augmenting the next batch on a helper', () => {
  it('gives the same parameters and losses with and without a helper, and with one that fails midway', async () => {
    const alone = new TrainingSession(data, settings);
    await drain(alone);
    const helper = fakeHelper();
    const helped = new TrainingSession(data, settings, helper);
    await drain(helped);
    // Every batch but the first is augmented on the helper, and none is asked for past the last iteration.
    expect(helper.requests).toBe(settings.iterations - 1);
    const failing = fakeHelper((n) => n === 4);
    const broken = new TrainingSession(data, settings, failing);
    await drain(broken);
    expect(failing.requests).toBe(4);
    const [losses] = alone.takeProgress();
    expect(losses.losses).toHaveLength(settings.iterations);
    for (const other of [helped, broken]) {
      expect(sameBits(weights(other), weights(alone))).toBe(true);
      expect(other.takeProgress()[0]).toEqual(losses);
    }
  });

  it('augments here when no helper is connected, and leaves runs without augmentation alone', async () => {
    const alone = new TrainingSession(data, settings);
    await drain(alone);
    const link = new HelperLink();
    const unconnected = new TrainingSession(data, settings, link);
    expect(await drain(unconnected)).toBe(0);
    expect(sameBits(weights(unconnected), weights(alone))).toBe(true);
    const helper = fakeHelper();
    expect(await drain(new TrainingSession(data, { ...settings, augmentation: false }, helper))).toBe(0);
    expect(helper.requests).toBe(0);
  });

  it('ignores an answer that comes after its run was dropped', async () => {
    const helper = fakeHelper();
    const dropped = new TrainingSession(data, settings, helper);
    const steps = dropped.run();
    let step = steps.next();
    while (!step.done && step.value.kind !== 'wait') step = steps.next();
    expect(helper.requests).toBe(1);
    // A new run starts while the old one's request is out; the old answer reaches nobody.
    const next = new TrainingSession(data, settings, helper);
    await drain(next);
    const alone = new TrainingSession(data, settings);
    await drain(alone);
    expect(sameBits(weights(next), weights(alone))).toBe(true);
  });
});

describe('HelperLink.augment over a port', () => {
  it('sends the images and draws, and resolves with the helper’s bytes or rejects with its error', async () => {
    const link = new HelperLink();
    expect(link.augment(new Uint8Array(784), 28, 28, new Float64Array(DRAW_STRIDE))).toBeNull();
    const channel = new MessageChannel();
    channel.port2.onmessage = (event: MessageEvent<AugmentRequest>) => {
      const { answer, transfer } = answerAugment(event.data);
      channel.port2.postMessage(answer, transfer);
    };
    link.add(channel.port1, false);
    expect(link.count).toBe(0);
    const images = data.train.images.slice(0, 2 * 784);
    const unchanged = await link.augment(images.slice(), 28, 28, new Float64Array(2 * DRAW_STRIDE));
    expect(Array.from(unchanged?.images ?? [])).toEqual(Array.from(images));
    // x = bytes / 255 by row and by column, as the training worker would build them.
    const byRow = sparseImageRows(images, 784, [0, 1]);
    expect(unchanged?.rows).toEqual(byRow);
    expect(unchanged?.columns).toEqual(sparseColumns(byRow));
    await expect(link.augment(images.slice(), 28, 28, new Float64Array(3))).rejects.toThrow(/drawn for 2 images/);
    channel.port1.close();
    channel.port2.close();
  });
});
