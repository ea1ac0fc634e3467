import { describe, expect, it } from 'vitest';
import { fromRows, matrix } from '../../lib/matrix';
import { TwoLayerNet } from '../../lib/nets/two-layer-net';
import { DEFAULT_SETTINGS, runSettings } from '../../protocol/settings';
import { TrainingSession } from '../../worker/training-session';
import { syntheticSet } from '../../../tests/unit/synthetic-mnist';
import { incremental, session, TINY_NET, twoLayerNet } from './numpy';

const shape = (dims: number[]) => (dims.length === 1 ? `(${dims[0]},)` : `(${dims.join(', ')})`);

describe('the training lesson’s NumPy snippets', () => {
  it('give TwoLayerNet’s shapes and its first loss with either softmax', () => {
    const [D, H, K, N] = [784, 100, 10, 100];
    const x = matrix(N, D, Float64Array.from({ length: N * D }, (_, i) => i / (N * D - 1)));
    const t = Array.from({ length: N }, (_, n) => n % K);
    const rows = new TwoLayerNet({ inputSize: D, hiddenSize: H, outputSize: K, weightInitStd: 0 });
    const { W1, b1, W2, b2 } = rows.params;
    const batch = new TwoLayerNet({ inputSize: D, hiddenSize: H, outputSize: K, weightInitStd: 0, softmax: 'batch' });
    const lines = [
      `W1 ${shape([W1.rows, W1.cols])}`, `b1 ${shape([b1.length])}`, `W2 ${shape([W2.rows, W2.cols])}`, `b2 ${shape([b2.length])}`,
      `softmax_rows ${rows.loss(x, t).toFixed(10)}`, `softmax_whole_batch ${batch.loss(x, t).toFixed(10)}`,
    ];
    expect(lines.join('\n')).toBe(twoLayerNet.output);
  });
  it('get the same central difference naively and incrementally, as the lab’s two methods do', () => {
    const params = { W1: fromRows(TINY_NET.W1), b1: Float64Array.from(TINY_NET.b1), W2: fromRows(TINY_NET.W2), b2: Float64Array.from(TINY_NET.b2) };
    const net = TwoLayerNet.fromParams(params);
    const x = fromRows(TINY_NET.x);
    const [i, j] = [1, 1];
    const touched = TINY_NET.x.map((row) => (row[i] !== 0 ? ' True' : 'False'));
    const [naive, fast] = (['naive', 'incremental'] as const).map((method) => net.numericalGradient(x, TINY_NET.t, method).W1.data[i * params.W1.cols + j]);
    expect(`[${touched.join(' ')}]\n${naive.toFixed(10)} ${fast.toFixed(10)}`).toBe(incremental.output);
  });
  it('evaluate the full sets where the training session does', () => {
    const data = { train: syntheticSet(300, 1), test: syntheticSet(100, 2) };
    const settings = runSettings({ ...DEFAULT_SETTINGS, hiddenSize: 10, batchSize: 20, iterations: 40, evalInterval: 10, method: 'backprop' });
    const run = new TrainingSession(data, settings);
    for (const step of run.run()) void step;
    const [lane] = run.takeProgress();
    const lines = lane.epochs.map((e) => `i = ${e.iteration - 1}: epoch ${e.epoch}, accuracy on the full train and test sets`);
    expect(lines.join('\n')).toBe(session.output);
  });
});
