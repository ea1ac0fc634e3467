import { describe, expect, it } from 'vitest';
import { exponentOf, valueFromExponent } from './log-scale';

describe('log slider values', () => {
  it('gives the exact literals at integer exponents', () => {
    expect(valueFromExponent(-10)).toBe(1e-10);
    expect(valueFromExponent(-1)).toBe(0.1);
    expect(valueFromExponent(1)).toBe(10);
    expect(valueFromExponent(-4)).toBe(1e-4);
  });
  it('rounds in-between exponents to two digits', () => {
    expect(valueFromExponent(-0.5)).toBe(0.32);
    expect(valueFromExponent(0.3)).toBe(2);
  });
  it('maps a value back to the nearest notch', () => {
    expect(exponentOf(0.1)).toBe(-1);
    expect(exponentOf(1e-10)).toBe(-10);
    expect(exponentOf(0.32)).toBe(-0.5);
    expect(exponentOf(10)).toBe(1);
  });
});
