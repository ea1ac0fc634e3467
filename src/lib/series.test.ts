import { describe, expect, it } from 'vitest';
import { downsampleLoss, SmoothedLoss, thin } from './series';

describe('SmoothedLoss', () => {
  it('is an exponential moving average divided by its weight, skipping non-finite losses', () => {
    const s = new SmoothedLoss(0.5);
    s.push(2);
    s.push(4);
    s.push(Number.NaN);
    // (0.5·1 + 0.5·4) / 0.75 = 10/3; the NaN repeats it.
    expect(s.values).toEqual([2, 10 / 3, 10 / 3]);
  });
  it('with α = 0 is the raw series', () => {
    const s = new SmoothedLoss(0);
    [3, 1, 2].forEach((v) => s.push(v));
    expect(s.values).toEqual([3, 1, 2]);
  });
});

describe('downsampleLoss', () => {
  it('averages buckets of ⌈n / maxPoints⌉ losses and labels each by its last iteration', () => {
    const losses = [1, 2, 3, 4, 5];
    expect(downsampleLoss(losses, [1, 1.5, 2, 2.5, 3], 2)).toEqual([
      { iteration: 3, loss: 2, smooth: 2 },
      { iteration: 5, loss: 4.5, smooth: 3 },
    ]);
  });
  it('never hands a chart more than maxPoints points, even for 10,000 iterations', () => {
    const losses = Array.from({ length: 10_000 }, (_, i) => 1 / (i + 1));
    expect(downsampleLoss(losses, losses, 200)).toHaveLength(200);
  });
  it('gives null, not NaN, for a bucket without a finite loss', () => {
    expect(downsampleLoss([Number.POSITIVE_INFINITY], [Number.NaN], 10)).toEqual([{ iteration: 1, loss: null, smooth: null }]);
  });
});

describe('thin', () => {
  it('keeps evenly spaced points including the first and the last', () => {
    expect(thin([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 4)).toEqual([0, 3, 6, 9]);
    expect(thin([1, 2], 4)).toEqual([1, 2]);
  });
});
