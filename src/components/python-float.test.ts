import { describe, expect, it } from 'vitest';
import { pythonFloat } from './python-float';

describe('pythonFloat', () => {
  it('prints as Python’s repr does', () => {
    expect(pythonFloat(0.019500000000000007)).toBe('0.019500000000000007');
    expect(pythonFloat(1)).toBe('1.0');
    expect(pythonFloat(-0)).toBe('-0.0');
    expect(pythonFloat(1e-7)).toBe('1e-07');
    expect(pythonFloat(0.0001)).toBe('0.0001');
    expect(pythonFloat(0.00001234)).toBe('1.234e-05');
    expect(pythonFloat(1e16)).toBe('1e+16');
    expect(pythonFloat(123456789012345.6)).toBe('123456789012345.6');
    expect(pythonFloat(-2.5e13)).toBe('-25000000000000.0');
    expect(pythonFloat(16.11809565095832)).toBe('16.11809565095832');
    expect(pythonFloat(Number.NaN)).toBe('nan');
    expect(pythonFloat(-Infinity)).toBe('-inf');
  });
});
