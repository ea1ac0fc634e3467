import { describe, expect, it } from 'vitest';
import { imageBatch, labelBatch } from '../lib/mnist/batch';
import { TwoLayerNet } from '../lib/nets/two-layer-net';
import { syntheticSet } from '../../tests/unit/synthetic-mnist';
import { gradientOf } from './gradient-slices';
import { answerShare, HelperLink } from './helper-link';
import { SessionBatch } from './session-batch';
import type { ShareRequest } from '../protocol/protocol';

describe('splitting the incremental gradient with helpers', () => {
  it('gives exactly the single-worker gradient', async () => {
    const set = syntheticSet(30, 5);
    const net = new TwoLayerNet({ inputSize: 784, hiddenSize: 7, outputSize: 10, weightInitStd: 0.1, seed: 2 });
    const indices = [1, 4, 9, 16, 25];
    const x = imageBatch(set.images, 784, indices);
    const t = labelBatch(set.labels, indices);
    const link = new HelperLink();
    const channels = [new MessageChannel(), new MessageChannel()];
    for (const channel of channels) {
      channel.port2.onmessage = (event: MessageEvent<ShareRequest>) => {
        const { answer, transfer } = answerShare(event.data);
        channel.port2.postMessage(answer, transfer);
      };
      link.add(channel.port1);
    }
    const steps = gradientOf(net, new SessionBatch(set.images, 784, indices, t), 'incremental', link);
    let step = steps.next();
    let waits = 0;
    while (!step.done) {
      if (step.value instanceof Promise) {
        waits++;
        await step.value;
      }
      step = steps.next();
    }
    const whole = net.numericalGradient(x, t, 'incremental');
    expect(waits).toBe(1);
    expect(Array.from(step.value.grads.W1.data)).toEqual(Array.from(whole.W1.data));
    expect(Array.from(step.value.grads.W2.data)).toEqual(Array.from(whole.W2.data));
    expect(Array.from(step.value.grads.b1)).toEqual(Array.from(whole.b1));
    expect(Array.from(step.value.grads.b2)).toEqual(Array.from(whole.b2));
    channels.forEach((c) => { c.port1.close(); c.port2.close(); });
  });

  it('passes a helper’s failure on as an error', () => {
    const { answer } = answerShare({ type: 'share', id: 3, params: { W1: new Float64Array(2), b1: new Float64Array(1), W2: new Float64Array(10), b2: new Float64Array(10) }, hiddenSize: 1, x: { rows: 1, cols: 784, data: new Float64Array(784) }, t: Int32Array.of(0), share: { unitStart: 0, unitEnd: 1, outputBias: true } });
    expect(answer).toMatchObject({ id: 3 });
    expect('error' in answer).toBe(true);
  });
});
