import { describe, expect, it } from 'vitest';
import { derivativeErrorSweep, estimateDerivative, H_EXPONENTS, hFromExponent, SWEEP_EXPONENTS } from './derivative-error';
import { CURVES } from './functions';

describe('derivative error against h', () => {
  it('sweeps 1e−1 … 1e−16 and offers far-too-small h on the slider', () => {
    expect(SWEEP_EXPONENTS[0]).toBe(-1);
    expect(SWEEP_EXPONENTS.at(-1)).toBe(-16);
    expect(H_EXPONENTS.at(-1)).toBe(-50);
    expect(hFromExponent(-4)).toBe(1e-4);
    expect(hFromExponent(-50)).toBe(1e-50);
  });
  it('reproduces the notes’ 0.2 and 0.3 for 0.01x² + 0.1x at h = 1e−4', () => {
    const { f, df } = CURVES.quad;
    expect(estimateDerivative(f, df, 5, -4).central).toBeCloseTo(0.2, 9);
    expect(estimateDerivative(f, df, 10, -4).central).toBeCloseTo(0.3, 9);
  });
  it('forward error ≈ h for x² (truncation f″h/2), central has none of it', () => {
    const { f, df } = CURVES.square;
    const e = estimateDerivative(f, df, 5, -1);
    expect(e.forwardError).toBeCloseTo(0.1, 10);
    expect(e.centralError).toBeLessThan(1e-12);
  });
  it('sin at 1: central error falls like h², then rounding takes over; the best h is near 1e−5', () => {
    const { f, df } = CURVES.sin;
    const sweep = derivativeErrorSweep(f, df, 1);
    const at = (e: number) => sweep.find((p) => p.exponent === e)!;
    expect(at(-2).centralError / at(-3).centralError).toBeCloseTo(100, 0);
    expect(at(-2).forwardError / at(-3).forwardError).toBeCloseTo(10, 0);
    const best = sweep.reduce((a, b) => (b.centralError < a.centralError ? b : a));
    expect(best.exponent).toBeGreaterThanOrEqual(-6);
    expect(best.exponent).toBeLessThanOrEqual(-4);
    expect(at(-4).centralError).toBeLessThan(1e-9);
    expect(at(-12).centralError).toBeGreaterThan(1e-6);
  });
  it('h = 1e−50 collapses: x + h = x, so both estimates are exactly 0', () => {
    const e = estimateDerivative(CURVES.quad.f, CURVES.quad.df, 5, -50);
    expect(e.central).toBe(0);
    expect(e.forward).toBe(0);
    expect(e.centralError).toBeCloseTo(0.2, 12);
  });
});
