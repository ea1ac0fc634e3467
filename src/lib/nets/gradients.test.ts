import { describe, expect, it } from 'vitest';
import { type Matrix, matrix } from '../matrix';
import { oneHot } from '../losses';
import { createRng } from '../random';
import { TwoLayerNet } from './two-layer-net';
import { type TwoLayerParams, paramArrays, paramSizes, parameterCount, sumParams, zerosLike } from './two-layer-params';
import { incrementalNumericalGradient, splitShares } from './incremental-gradient';
import { naiveNumericalGradientRange } from './naive-gradient';
import { Scratch } from './scratch';

/** A batch that is mostly zeros like MNIST; `levels` > 0 draws values k/levels, else any uniform value. */
function sparseBatch(rows: number, cols: number, seed: number, levels = 0): Matrix {
  const rng = createRng(seed);
  const data = new Float64Array(rows * cols);
  for (let i = 0; i < data.length; i++) {
    if (rng.uniform() < 0.4) data[i] = levels > 0 ? (1 + Math.floor(rng.uniform() * levels)) / levels : rng.uniform();
  }
  return matrix(rows, cols, data);
}

/** Largest |a − b| / max(|a|, |b|, floor) over all parameters. */
function maxRelativeError(a: TwoLayerParams, b: TwoLayerParams, floor: number): number {
  const as = paramArrays(a);
  const bs = paramArrays(b);
  let worst = 0;
  for (let k = 0; k < 4; k++) {
    expect(as[k].length).toBe(bs[k].length);
    for (let i = 0; i < as[k].length; i++) {
      worst = Math.max(worst, Math.abs(as[k][i] - bs[k][i]) / Math.max(Math.abs(as[k][i]), Math.abs(bs[k][i]), floor));
    }
  }
  return worst;
}

describe('incremental numerical gradient', () => {
  const net = new TwoLayerNet({ inputSize: 12, hiddenSize: 6, outputSize: 4, weightInitStd: 0.8, seed: 11 });
  const x = sparseBatch(9, 12, 5);
  const labels = [0, 1, 2, 3, 0, 1, 2, 3, 3];

  it('equals the naive central differences for every parameter of a small net', () => {
    const naive = net.numericalGradient(x, labels, 'naive');
    const fast = net.numericalGradient(x, labels, 'incremental');
    expect(maxRelativeError(fast, naive, 1e-6)).toBeLessThan(1e-6);
    expect(Math.max(...naive.W1.data.map(Math.abs))).toBeGreaterThan(1e-3);
  });

  it('agrees with one-hot and soft targets too', () => {
    const soft = matrix(9, 4, new Float64Array(36).fill(0.25));
    expect(maxRelativeError(net.numericalGradient(x, soft, 'incremental'), net.numericalGradient(x, soft, 'naive'), 1e-6)).toBeLessThan(1e-6);
    const hot = oneHot(labels, 4);
    expect(net.numericalGradient(x, hot, 'incremental')).toEqual(net.numericalGradient(x, labels, 'incremental'));
  });

  it('uses the pixel-level fast path for k/255 inputs with the same result as naive', () => {
    const pixels = sparseBatch(9, 12, 6, 255);
    expect(maxRelativeError(net.numericalGradient(pixels, labels, 'incremental'), net.numericalGradient(pixels, labels, 'naive'), 1e-6)).toBeLessThan(1e-6);
  });

  it('stays exact when a step of h pushes a hidden unit across the ReLU kink', () => {
    const kinky = TwoLayerNet.fromParams(net.params);
    // Unit 0's pre-activation of row 0 is shifted by b1 to 3e−5 (inside ±h): the minus step crosses zero.
    const a0 = x.data.slice(0, 12).reduce((s, v, i) => s + v * kinky.params.W1.data[i * 6], 0);
    kinky.params.b1[0] = 3e-5 - a0;
    const naive = kinky.numericalGradient(x, labels, 'naive');
    const fast = kinky.numericalGradient(x, labels, 'incremental');
    expect(maxRelativeError(fast, naive, 1e-6)).toBeLessThan(1e-6);
  });

  it('stays equal to naive for a batch of several hundred rows, whose ratios are folded into logarithms in blocks', () => {
    const big = sparseBatch(300, 12, 8, 255);
    const many = Array.from({ length: 300 }, (_, n) => (n * 7) % 4);
    expect(maxRelativeError(net.numericalGradient(big, many, 'incremental'), net.numericalGradient(big, many, 'naive'), 1e-6)).toBeLessThan(1e-6);
  });

  it('takes exact exponentials for a unit whose outgoing weights are too large for the short series', () => {
    const heavy = TwoLayerNet.fromParams(net.params);
    for (let k = 0; k < 4; k++) heavy.params.W2.data[2 * 4 + k] *= 40;
    expect(Math.max(...heavy.params.W2.data.slice(8, 12).map(Math.abs)) * 1e-4).toBeGreaterThan(1e-3);
    expect(maxRelativeError(heavy.numericalGradient(x, labels, 'incremental'), heavy.numericalGradient(x, labels, 'naive'), 1e-6)).toBeLessThan(1e-6);
  });

  it('splits into shares of hidden units that sum to the whole gradient', () => {
    const shares = splitShares(6, 4);
    expect(shares.map((s) => [s.unitStart, s.unitEnd, s.outputBias])).toEqual([[0, 1, true], [1, 3, false], [3, 4, false], [4, 6, false]]);
    const whole = incrementalNumericalGradient(net.params, x, labels);
    const parts = shares.map((share) => incrementalNumericalGradient(net.params, x, labels, share));
    expect(sumParams(parts)).toEqual(whole);
    expect(parts[1].b2.every((g) => g === 0) && parts[1].W1.data[0] === 0).toBe(true);
    expect(() => splitShares(6, 7)).toThrow(RangeError);
    expect(() => incrementalNumericalGradient(net.params, x, labels, { unitStart: 2, unitEnd: 9, outputBias: false })).toThrow(RangeError);
  });

  it('gives the same bits with lent memory, whatever it held before, and writes into the given arrays', () => {
    const scratch = new Scratch();
    const into = zerosLike(net.params);
    const longer = sparseBatch(300, 12, 6, 255);
    const longLabels = Array.from({ length: 300 }, (_, n) => n % 4);
    for (const [batch, t] of [[longer, longLabels], [x, labels], [longer, longLabels]] as const) {
      for (const share of [undefined, splitShares(6, 2)[1]]) {
        paramArrays(into).forEach((a) => a.fill(NaN));
        const lent = incrementalNumericalGradient(net.params, batch, t, share, undefined, { scratch, into });
        expect(lent).toBe(into);
        expect(lent).toEqual(incrementalNumericalGradient(net.params, batch, t, share));
      }
    }
    const wrong = new TwoLayerNet({ inputSize: 12, hiddenSize: 5, outputSize: 4 }).params;
    expect(() => incrementalNumericalGradient(net.params, x, labels, undefined, undefined, { into: wrong })).toThrow(/shapes/);
  });
});

describe('naive numerical gradient in slices', () => {
  it('computes exactly the same numbers over any split of the flat parameter range', () => {
    const net = new TwoLayerNet({ inputSize: 5, hiddenSize: 3, outputSize: 3, weightInitStd: 0.5, seed: 2 });
    const x = sparseBatch(4, 5, 9);
    const labels = [2, 0, 1, 2];
    const whole = net.numericalGradient(x, labels, 'naive');
    const sliced = zerosLike(net.params);
    const loss = (): number => net.loss(x, labels);
    const total = parameterCount(paramSizes(net.params));
    for (let start = 0; start < total; start += 7) naiveNumericalGradientRange(net.params, loss, start, Math.min(start + 7, total), sliced);
    expect(sliced).toEqual(whole);
    expect(() => naiveNumericalGradientRange(net.params, loss, 0, total + 1, sliced)).toThrow(RangeError);
  });
});

describe('backpropagation', () => {
  it('agrees with the numerical gradient away from ReLU kinks', () => {
    const net = new TwoLayerNet({ inputSize: 12, hiddenSize: 6, outputSize: 4, weightInitStd: 0.8, seed: 11 });
    const x = sparseBatch(9, 12, 5);
    const labels = [0, 1, 2, 3, 0, 1, 2, 3, 3];
    const a1 = matrix(9, 6);
    for (let n = 0; n < 9; n++) for (let j = 0; j < 6; j++) {
      for (let i = 0; i < 12; i++) a1.data[n * 6 + j] += x.data[n * 12 + i] * net.params.W1.data[i * 6 + j];
    }
    expect(Math.min(...a1.data.map(Math.abs))).toBeGreaterThan(1e-3);
    const numeric = net.numericalGradient(x, labels, 'incremental');
    const analytic = net.gradient(x, labels);
    expect(maxRelativeError(analytic, numeric, 1e-6)).toBeLessThan(1e-6);
  });

  it('differs from the numerical gradient at a kink, where ReLU has no derivative', () => {
    const net = new TwoLayerNet({ inputSize: 3, hiddenSize: 2, outputSize: 2, weightInitStd: 1, seed: 4 });
    const x = matrix(1, 3, [0.5, 0, 0]);
    net.params.b1[0] = -0.5 * net.params.W1.data[0];
    const numeric = net.numericalGradient(x, [1], 'naive');
    const analytic = net.gradient(x, [1]);
    expect(analytic.b1[0]).toBe(0);
    expect(Math.abs(numeric.b1[0])).toBeGreaterThan(1e-3);
  });
});
