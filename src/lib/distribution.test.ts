import { describe, expect, it } from 'vitest';
import { isDistribution, setProbability, sum, SUM_TOLERANCE } from './distribution';
import { createRng } from './random';

const notesY = [0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0];

describe('setProbability', () => {
  it('rescales the other entries in their old proportions and rounds them to 4 places', () => {
    // 0.39 / 0.4 = 0.975 of each old value; class 0, the first largest, takes the remainder.
    expect(setProbability(notesY, 2, 0.61)).toEqual([0.0974, 0.0488, 0.61, 0, 0.0488, 0.0975, 0, 0.0975, 0, 0]);
  });
  it('keeps zero entries at zero when others can take the share', () => {
    expect(setProbability(notesY, 3, 0.2)).toEqual([0.08, 0.04, 0.48, 0.2, 0.04, 0.08, 0, 0.08, 0, 0]);
  });
  it('gives everything to one class at 1, and spreads equally again from there', () => {
    const certain = setProbability(notesY, 2, 1);
    expect(certain).toEqual([0, 0, 1, 0, 0, 0, 0, 0, 0, 0]);
    const back = setProbability(certain, 2, 0.5);
    expect(back.filter((_, j) => j !== 0 && j !== 2)).toEqual(Array(8).fill(0.0556));
    expect(back[0]).toBe(0.0552);
    expect(Math.abs(sum(back) - 1)).toBeLessThanOrEqual(SUM_TOLERANCE);
  });
  it('leaves tiny shares exact instead of rounding them below zero', () => {
    const p = setProbability([0.5, 0.3, 0.2], 0, 0.9999);
    expect(p[1]).toBeCloseTo(0.00006, 15);
    expect(p[2]).toBeCloseTo(0.00004, 15);
  });
  it('writes tiny shares without the noise of the subtraction 1 − value', () => {
    const p = setProbability(notesY, 2, 0.999999);
    expect(p[0]).toBe(2.5e-7);
    expect(p[1]).toBe(1.25e-7);
    expect(isDistribution(p)).toBe(true);
  });
  it('stays a distribution through many random edits', () => {
    const rng = createRng(7);
    let p = [...notesY];
    for (let i = 0; i < 2000; i++) {
      const k = Math.floor(rng.uniform() * 10);
      // Slider-like values on a 0.01 grid, with an occasional exact 0 or 1.
      const v = i % 50 === 0 ? (i % 100 === 0 ? 0 : 1) : Math.round(rng.uniform() * 100) / 100;
      p = setProbability(p, k, v);
      expect(p[k]).toBe(v);
      expect(isDistribution(p)).toBe(true);
    }
  });
  it('refuses a class outside the vector and a value that is not a probability', () => {
    expect(() => setProbability(notesY, 10, 0.5)).toThrow(RangeError);
    expect(() => setProbability(notesY, 1.5, 0.5)).toThrow(RangeError);
    expect(() => setProbability(notesY, 0, 1.2)).toThrow(RangeError);
    expect(() => setProbability(notesY, 0, -0.1)).toThrow(RangeError);
    expect(() => setProbability(notesY, 0, Number.NaN)).toThrow(RangeError);
  });
});

describe('isDistribution', () => {
  it("accepts the notes' prediction and refuses broken vectors", () => {
    expect(isDistribution(notesY)).toBe(true);
    expect(isDistribution([0.5, 0.6])).toBe(false);
    expect(isDistribution([1.5, -0.5])).toBe(false);
    expect(isDistribution([Number.NaN, 1])).toBe(false);
    expect(isDistribution([])).toBe(false);
  });
});
