import { describe, expect, it } from 'vitest';
import { lossAxis } from './loss-axis';
import { formatValue } from './format';

describe('the loss axis follows what the run produced', () => {
  it('fits a usual run (first loss 2.30) in half-steps up to 2.5', () => {
    expect(lossAxis(2.3)).toEqual({ top: 2.5, ticks: [0, 0.5, 1, 1.5, 2, 2.5] });
  });

  it("shows the notes' softmax first loss 6.9 under a top of 7, and a saturated 14.4 under 16", () => {
    expect(lossAxis(6.906)).toEqual({ top: 7, ticks: [0, 1, 2, 3, 4, 5, 6, 7] });
    expect(lossAxis(14.4)).toEqual({ top: 16, ticks: [0, 2, 4, 6, 8, 10, 12, 14, 16] });
    expect(lossAxis(16.1).top).toBeGreaterThanOrEqual(16.1);
  });

  it('falls back to a small axis when nothing finite was drawn, and never prints NaN', () => {
    expect(lossAxis(Number.NaN)).toEqual({ top: 0.5, ticks: [0, 0.25, 0.5] });
    expect(lossAxis(Number.POSITIVE_INFINITY).top).toBe(0.5);
    expect(lossAxis(0).top).toBe(0.5);
    expect(formatValue(Number.NaN)).toBe('—');
    expect(formatValue(Number.POSITIVE_INFINITY)).toBe('∞');
  });
});
