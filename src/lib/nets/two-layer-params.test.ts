import { describe, expect, it } from 'vitest';
import { TwoLayerNet } from './two-layer-net';
import { allFinite, paramArrays } from './two-layer-params';

describe('allFinite', () => {
  it('is true for finite parameters however large, false as soon as one is infinite or NaN, in any array', () => {
    const net = new TwoLayerNet({ inputSize: 4, hiddenSize: 3, outputSize: 2, seed: 1 });
    expect(allFinite(net.params)).toBe(true);
    // Their sum would overflow to ∞; the check must not mistake that for a non-finite weight.
    net.params.W1.data.fill(Number.MAX_VALUE);
    net.params.b1.fill(-0);
    expect(allFinite(net.params)).toBe(true);
    for (const [a, bad] of [[0, Infinity], [1, NaN], [2, -Infinity], [3, NaN]] as const) {
      const broken = TwoLayerNet.fromParams(net.params);
      const array = paramArrays(broken.params)[a];
      array[array.length - 1] = bad;
      expect(allFinite(broken.params), `array ${a}, ${bad}`).toBe(false);
    }
  });
});
