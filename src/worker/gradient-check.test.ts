import { describe, expect, it } from 'vitest';
import { addRowVector, dot, matrix } from '../lib/matrix';
import { TwoLayerNet } from '../lib/nets/two-layer-net';
import { kinkDistance, relativeError, shrinkH, SHRINKING_H } from './gradient-check';

describe('the ReLU-kink demo of the gradient check', () => {
  it('shows a central difference that straddles a kink 2e−5 away, and agrees once h is below that', () => {
    // loss(w) = max(0, w − 0.30002) at w = 0.3: differentiable there, with derivative 0.
    const w = Float64Array.of(0.3);
    const steps = shrinkH(() => Math.max(0, w[0] - 0.30002), w, 0, 0);
    expect(steps.map((s) => s.h)).toEqual([...SHRINKING_H]);
    // h = 1e−4: the stencil reaches past the kink and mixes in the other side's slope 1.
    expect(steps[0].numerical).toBeCloseTo(0.4, 6);
    expect(steps[0].relativeError).toBeCloseTo(1, 6);
    for (const step of steps.slice(1)) expect(step.numerical).toBe(0);
    expect(w[0]).toBe(0.3);
  });

  it('finds how far a first-layer weight is from its nearest kink, and gives backprop’s value as h shrinks', () => {
    const net = new TwoLayerNet({ inputSize: 2, hiddenSize: 2, outputSize: 3, seed: 4, weightInitStd: 0.5 });
    const x = matrix(3, 2, [0.5, 1, 0.2, 0.8, 1, 0]);
    const t = [0, 2, 1];
    // Hidden unit 1 of row 0 gets an input of exactly 3e−5 above its kink.
    const a = addRowVector(dot(x, net.params.W1), net.params.b1);
    net.params.b1[1] += 3e-5 - a.data[1];
    const a1 = addRowVector(dot(x, net.params.W1), net.params.b1);
    // W1[1, 1] (pixel 1, unit 1) moves that input by x[0, 1] = 1 per unit, so the kink is 3e−5 away (rows 1 and 2 are farther).
    const index = 1 * 2 + 1;
    expect(kinkDistance('W1', index, x, a1)).toBeCloseTo(3e-5, 12);
    expect(kinkDistance('b1', 1, x, a1)).toBeCloseTo(3e-5, 12);
    expect(kinkDistance('W2', 0, x, a1)).toBe(Infinity);

    const backprop = net.gradient(x, t).W1.data[index];
    const steps = shrinkH(() => net.loss(x, t), net.params.W1.data, index, backprop);
    expect(steps[0].relativeError).toBeGreaterThan(1e-3);
    expect(steps[2].relativeError).toBeLessThan(1e-6);
    expect(relativeError(steps[2].numerical, backprop)).toBe(steps[2].relativeError);
  });
});
