import { describe, expect, it } from 'vitest';
import { formatNumber, texNumber } from './format-number';

describe('formatNumber', () => {
  it('rounds to six significant digits unless every digit is asked for', () => {
    expect(formatNumber(0.019500000000000007)).toBe('0.0195');
    expect(formatNumber(0.019500000000000007, true)).toBe('0.019500000000000007');
    expect(formatNumber(0.510825457099338)).toBe('0.510825');
  });
  it('writes infinity and negatives with proper signs', () => {
    expect(formatNumber(Infinity)).toBe('∞');
    expect(formatNumber(-Infinity)).toBe('−∞');
    expect(formatNumber(-0.25)).toBe('−0.25');
  });
});

describe('texNumber', () => {
  it('writes exponents as powers of ten', () => {
    expect(texNumber(0.6)).toBe('0.6');
    expect(texNumber(1e-7)).toBe(String.raw`1 \times 10^{-7}`);
    expect(texNumber(2.5e-12)).toBe(String.raw`2.5 \times 10^{-12}`);
  });
});
