import { describe, expect, it } from 'vitest';
import { fromRows, matrix } from '../matrix';
import { crossEntropyError, oneHot, softmax } from '../losses';
import { createRng } from '../random';
import { sparseRows } from './sparse-rows';
import { TwoLayerNet } from './two-layer-net';
import { paramSizes, parameterCount } from './two-layer-params';

/** A small batch whose inputs are mostly zero, like MNIST, with distinct non-zero values. */
function smallBatch(rows: number, cols: number, seed: number): ReturnType<typeof matrix> {
  const rng = createRng(seed);
  const data = new Float64Array(rows * cols);
  for (let i = 0; i < data.length; i++) if (rng.uniform() < 0.4) data[i] = rng.uniform();
  return matrix(rows, cols, data);
}

describe('TwoLayerNet construction', () => {
  it('has the notes’ shapes and parameter count, zero biases, weights of the requested spread', () => {
    const net = new TwoLayerNet({ inputSize: 784, hiddenSize: 100, outputSize: 10 });
    expect([net.params.W1.rows, net.params.W1.cols, net.params.b1.length]).toEqual([784, 100, 100]);
    expect([net.params.W2.rows, net.params.W2.cols, net.params.b2.length]).toEqual([100, 10, 10]);
    expect(parameterCount(paramSizes(net.params))).toBe(79510);
    expect(net.params.b1.every((b) => b === 0) && net.params.b2.every((b) => b === 0)).toBe(true);
    const w = net.params.W1.data;
    const std = Math.sqrt(w.reduce((s, v) => s + v * v, 0) / w.length);
    expect(std).toBeGreaterThan(0.0097);
    expect(std).toBeLessThan(0.0103);
  });
  it('is reproducible from its seed: W1 then W2 drawn in row-major order', () => {
    const a = new TwoLayerNet({ inputSize: 3, hiddenSize: 2, outputSize: 2, weightInitStd: 0.5, seed: 7 });
    const rng = createRng(7);
    const expected = Array.from({ length: 10 }, () => 0.5 * rng.randn());
    expect([...a.params.W1.data, ...a.params.W2.data]).toEqual(expected);
    const b = new TwoLayerNet({ inputSize: 3, hiddenSize: 2, outputSize: 2, weightInitStd: 0.5, seed: 8 });
    expect(b.params.W1.data).not.toEqual(a.params.W1.data);
  });
  it('refuses sizes that are not positive integers and a negative spread', () => {
    expect(() => new TwoLayerNet({ inputSize: 0, hiddenSize: 2, outputSize: 2 })).toThrow(/inputSize/);
    expect(() => new TwoLayerNet({ inputSize: 2, hiddenSize: 2.5, outputSize: 2 })).toThrow(/hiddenSize/);
    expect(() => new TwoLayerNet({ inputSize: 2, hiddenSize: 2, outputSize: 2, weightInitStd: -1 })).toThrow(/weightInitStd/);
  });
  it('fromParams copies the parameters and checks their shapes', () => {
    const net = new TwoLayerNet({ inputSize: 3, hiddenSize: 2, outputSize: 2, seed: 1 });
    const copy = TwoLayerNet.fromParams(net.params);
    expect(copy.params).toEqual(net.params);
    copy.params.W1.data[0] = 99;
    expect(net.params.W1.data[0]).not.toBe(99);
    expect(() => TwoLayerNet.fromParams({ ...net.params, b1: new Float64Array(3) })).toThrow(/do not fit/);
  });
});

describe('TwoLayerNet forward pass', () => {
  const net = TwoLayerNet.fromParams({
    W1: fromRows([[1, -1], [0.5, 2]]),
    b1: Float64Array.from([0, -1]),
    W2: fromRows([[1, 0, -1], [2, 1, 0]]),
    b2: Float64Array.from([0.1, 0, 0]),
  });
  const x = fromRows([[1, 1], [0, 0], [2, 0]]);

  it('computes softmax(ReLU(x·W1 + b1)·W2 + b2) row by row', () => {
    // Row 0: a1 = (1.5, 1 − 1) = (1.5, 0) → z1 = (1.5, 0) → a2 = (1.6, 0, −1.5).
    // Row 1: a1 = (0, −1) → z1 = 0 → a2 = b2. Row 2: a1 = (2, −3) → z1 = (2, 0) → a2 = (2.1, 0, −2).
    expect(Array.from(net.scores(x).data)).toEqual([1.6, 0, -1.5, 0.1, 0, 0, 2.1, 0, -2]);
    const y = net.predict(x);
    const expected = [softmax([1.6, 0, -1.5]), softmax([0.1, 0, 0]), softmax([2.1, 0, -2])];
    for (let n = 0; n < 3; n++) for (let k = 0; k < 3; k++) expect(y.data[n * 3 + k]).toBeCloseTo(expected[n][k], 15);
  });
  it('gives the mean cross-entropy with labels or one-hot targets alike', () => {
    const expected = crossEntropyError(net.predict(x), [0, 1, 2]);
    expect(net.loss(x, [0, 1, 2])).toBe(expected);
    expect(net.loss(x, oneHot([0, 1, 2], 3))).toBe(expected);
    expect(expected).toBeCloseTo(
      -(Math.log(softmax([1.6, 0, -1.5])[0] + 1e-7) + Math.log(softmax([0.1, 0, 0])[1] + 1e-7) + Math.log(softmax([2.1, 0, -2])[2] + 1e-7)) / 3,
      14,
    );
  });
  it('counts the rows whose most probable class is the label', () => {
    expect(net.accuracy(x, [0, 1, 0])).toBe(2 / 3);
    expect(net.accuracy(x, oneHot([0, 0, 0], 3))).toBe(1);
    expect(() => net.accuracy(x, [0, 1])).toThrow(/3 rows but 2 targets/);
  });
  it('refuses labels that are not classes', () => {
    expect(() => net.loss(x, [0, 1, 3])).toThrow(/label 3/);
    expect(() => net.gradient(x, [0, 1, 3])).toThrow(/label 3/);
    expect(() => net.numericalGradient(x, [0, 1], 'incremental')).toThrow(/3 labels/);
    expect(() => net.gradient(matrix(0, 2), [])).toThrow(/empty/);
    expect(() => net.numericalGradient(matrix(0, 2), [], 'incremental')).toThrow(/empty/);
  });
});

describe('TwoLayerNet.update', () => {
  it('moves every parameter by −learningRate·gradient', () => {
    const net = new TwoLayerNet({ inputSize: 2, hiddenSize: 2, outputSize: 2, seed: 3 });
    const before = net.params.W1.data[1];
    const grads = net.gradient(smallBatch(4, 2, 1), [0, 1, 1, 0]);
    net.update(grads, 0.5);
    expect(net.params.W1.data[1]).toBe(before - 0.5 * grads.W1.data[1]);
    expect(() => net.update({ ...grads, b2: new Float64Array(3) }, 0.1)).toThrow(/shape/);
  });
});

describe('TwoLayerNet with the notes’ softmax over the whole batch', () => {
  const x = smallBatch(6, 12, 21);
  const t = [0, 3, 1, 2, 3, 0];
  const net = new TwoLayerNet({ inputSize: 12, hiddenSize: 5, outputSize: 4, weightInitStd: 0.5, seed: 4, softmax: 'batch' });

  it('normalises all N·K entries together, as softmax(a) without an axis does', () => {
    const y = net.predict(x);
    expect(Array.from(y.data)).toEqual(Array.from(softmax(net.scores(x).data)));
    expect(y.data.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
    const small = new TwoLayerNet({ inputSize: 12, hiddenSize: 5, outputSize: 4, weightInitStd: 1e-4, seed: 4, softmax: 'batch' });
    expect(small.loss(x, t)).toBeCloseTo(Math.log(6 * 4), 3);
  });

  it('backpropagates the same gradient as the notes’ numerical one, and refuses the incremental method', () => {
    const exact = net.gradient(x, t);
    const numerical = net.numericalGradient(x, t, 'naive');
    const pairs = [[exact.W1.data, numerical.W1.data], [exact.b1, numerical.b1], [exact.W2.data, numerical.W2.data], [exact.b2, numerical.b2]];
    for (const [a, b] of pairs) for (let i = 0; i < a.length; i++) expect(Math.abs(a[i] - b[i])).toBeLessThan(1e-8);
    expect(() => net.numericalGradient(x, t, 'incremental')).toThrow(/row softmax/);
    expect(TwoLayerNet.fromParams(net.params, 'batch').loss(x, t)).toBe(net.loss(x, t));
  });
});

describe('TwoLayerNet.backprop', () => {
  const x = smallBatch(7, 12, 5);
  const t = [1, 0, 3, 2, 2, 1, 0];
  it.each(['row', 'batch'] as const)('gives the gradient and exactly the loss of the parameters as they are (%s softmax)', (softmax) => {
    const net = new TwoLayerNet({ inputSize: 12, hiddenSize: 5, outputSize: 4, weightInitStd: 0.5, seed: 3, softmax });
    const { grads, loss } = net.backprop(sparseRows(x), t);
    expect(loss).toBe(net.loss(x, t));
    expect(Array.from(grads.W1.data)).toEqual(Array.from(net.gradient(x, t).W1.data));
  });
});

describe('TwoLayerNet on a batch given as its sparse rows', () => {
  const x = smallBatch(7, 12, 8);
  const t = [3, 0, 1, 2, 2, 0, 1];
  it.each(['row', 'batch'] as const)('gives the loss of the dense batch bit for bit (%s softmax)', (softmax) => {
    const net = new TwoLayerNet({ inputSize: 12, hiddenSize: 5, outputSize: 4, weightInitStd: 0.5, seed: 6, softmax });
    expect(net.loss(sparseRows(x), t)).toBe(net.loss(x, t));
  });
  it.each(['naive', 'incremental'] as const)('gives the %s numerical gradient of the dense batch bit for bit', (method) => {
    const net = new TwoLayerNet({ inputSize: 12, hiddenSize: 5, outputSize: 4, weightInitStd: 0.5, seed: 6 });
    expect(net.numericalGradient(sparseRows(x), t, method)).toEqual(net.numericalGradient(x, t, method));
  });
});

describe('TwoLayerNet reusing its memory from call to call', () => {
  const small = smallBatch(3, 12, 9);
  const large = smallBatch(20, 12, 10);
  const labels = (n: number) => Array.from({ length: n }, (_, k) => k % 4);
  it('gives every loss as a fresh network does, whatever batch came before', () => {
    const net = new TwoLayerNet({ inputSize: 12, hiddenSize: 5, outputSize: 4, weightInitStd: 0.5, seed: 6 });
    const expected = [TwoLayerNet.fromParams(net.params).loss(large, labels(20)), TwoLayerNet.fromParams(net.params).loss(small, labels(3))];
    expect([net.loss(large, labels(20)), net.loss(small, labels(3)), net.loss(large, labels(20))]).toEqual([...expected, expected[0]]);
  });
  it.each(['naive', 'incremental'] as const)('writes the %s gradient into the given arrays, overwriting what they held', (method) => {
    const net = new TwoLayerNet({ inputSize: 12, hiddenSize: 5, outputSize: 4, weightInitStd: 0.5, seed: 6 });
    const expected = net.numericalGradient(small, labels(3), method);
    const into = net.numericalGradient(large, labels(20), method);
    expect(net.numericalGradient(small, labels(3), method, into)).toBe(into);
    expect(into).toEqual(expected);
    const wrong = new TwoLayerNet({ inputSize: 12, hiddenSize: 4, outputSize: 4 }).params;
    expect(() => net.numericalGradient(small, labels(3), method, wrong)).toThrow(/shapes/);
  });
});
