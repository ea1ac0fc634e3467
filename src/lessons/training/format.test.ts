import { describe, expect, it } from 'vitest';
import { formatDuration, formatPercent, formatValue } from './format';

describe('formatDuration', () => {
  it('keeps a decimal under ten seconds and switches to minutes and hours', () => {
    expect(formatDuration(2.345, 'en')).toBe('2.3 s');
    expect(formatDuration(185, 'en')).toBe('3 min 5 s');
    expect(formatDuration(8040, 'en')).toBe('2 h 14 min');
    expect(formatDuration(8040, 'ko')).toBe('2시간 14분');
  });
  it('counts days past two of them, and says only "more than a year" beyond a year', () => {
    expect(formatDuration(3 * 86400 + 4 * 3600 + 100, 'en')).toBe('3 d 4 h');
    expect(formatDuration(3 * 86400 + 4 * 3600, 'ko')).toBe('3일 4시간');
    expect(formatDuration(1437247 * 3600 + 300, 'en')).toBe('more than a year');
    expect(formatDuration(1e300, 'ko')).toBe('1년 넘게');
  });
  it('shows a dash for a time that cannot be known', () => {
    expect(formatDuration(Number.NaN, 'ko')).toBe('—');
    expect(formatDuration(-1, 'en')).toBe('—');
  });
});

describe('formatValue and formatPercent', () => {
  it('rounds to significant digits and uses a real minus sign', () => {
    expect(formatValue(2.302585093)).toBe('2.303');
    expect(formatValue(-0.5)).toBe('−0.5');
    expect(formatValue(1.5e-7)).toBe('1.50e−7');
    // A negative number in exponent form has two minus signs, and both are the real one.
    expect(formatValue(-1.19e-6, 6)).toBe('−1.19e−6');
  });
  it('never prints NaN', () => {
    expect(formatValue(Number.NaN)).toBe('—');
    expect(formatValue(null)).toBe('—');
    expect(formatValue(Number.POSITIVE_INFINITY)).toBe('∞');
    expect(formatPercent(0.92346)).toBe('92.35%');
    expect(formatPercent(null)).toBe('—');
  });
});
