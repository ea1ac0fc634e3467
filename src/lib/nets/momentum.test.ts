import { describe, expect, it } from 'vitest';
import { matrix } from '../matrix';
import { learningRateAt, momentumStep } from './momentum';
import { TwoLayerNet } from './two-layer-net';
import { cloneParams, zerosLike, type TwoLayerParams } from './two-layer-params';

const params = (w: number): TwoLayerParams => ({ W1: matrix(1, 1, [w]), b1: Float64Array.of(0), W2: matrix(1, 1, [0]), b2: Float64Array.of(0) });

describe('learning-rate schedules', () => {
  it('keep the rate, or decay it along a half cosine from η₀ to 0', () => {
    expect(learningRateAt(0.1, 'constant', 500, 1000)).toBe(0.1);
    expect(learningRateAt(0.1, 'cosine', 0, 1000)).toBe(0.1);
    expect(learningRateAt(0.1, 'cosine', 500, 1000)).toBeCloseTo(0.05, 15);
    expect(learningRateAt(0.1, 'cosine', 1000, 1000)).toBeCloseTo(0, 15);
    expect(learningRateAt(0.1, 'cosine', 250, 1000)).toBeCloseTo(0.05 * (1 + Math.SQRT1_2), 15);
  });
});

describe('momentumStep', () => {
  it('is the notes’ update with momentum 0', () => {
    const net = new TwoLayerNet({ inputSize: 3, hiddenSize: 2, outputSize: 2, weightInitStd: 1, seed: 1 });
    const grads = new TwoLayerNet({ inputSize: 3, hiddenSize: 2, outputSize: 2, weightInitStd: 1, seed: 2 }).params;
    const expected = TwoLayerNet.fromParams(net.params);
    expected.update(grads, 0.3);
    momentumStep(net.params, grads, zerosLike(net.params), 0.3, 0);
    expect(Array.from(net.params.W1.data)).toEqual(Array.from(expected.params.W1.data));
    expect(Array.from(net.params.b2)).toEqual(Array.from(expected.params.b2));
  });

  it('accumulates velocity: v ← μv − ηg, θ ← θ + v', () => {
    const p = params(1);
    const v = zerosLike(p);
    const g = params(2);
    momentumStep(p, g, v, 0.1, 0.9);
    expect(v.W1.data[0]).toBeCloseTo(-0.2, 15);
    expect(p.W1.data[0]).toBeCloseTo(0.8, 15);
    momentumStep(p, g, v, 0.1, 0.9);
    expect(v.W1.data[0]).toBeCloseTo(-0.38, 15);
    expect(p.W1.data[0]).toBeCloseTo(0.42, 15);
  });

  it('refuses shapes that do not match', () => {
    const p = params(1);
    const wrong = cloneParams(p);
    wrong.b1 = new Float64Array(2);
    expect(() => momentumStep(p, wrong, zerosLike(p), 0.1, 0.9)).toThrow(RangeError);
  });
});
