import { describe, expect, it } from 'vitest';
import { logAxis } from './log-axis';

describe('logAxis', () => {
  it('widens to whole decades and ticks every decade when there are few', () => {
    expect(logAxis(3e-5, 25)).toEqual({ domain: [1e-5, 100], ticks: [1e-5, 1e-4, 1e-3, 1e-2, 0.1, 1, 10, 100] });
  });
  it('thins the ticks over many decades but keeps the top one', () => {
    const { domain, ticks } = logAxis(1e-30, 6.7e26);
    expect(domain).toEqual([1e-30, 1e27]);
    expect(ticks.at(-1)).toBe(1e27);
    expect(ticks.length).toBeLessThanOrEqual(8);
  });
  it('never collapses to a single decade', () => {
    expect(logAxis(1, 1).domain).toEqual([1, 10]);
  });
});
