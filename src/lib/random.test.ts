import { describe, expect, it } from 'vitest';
import { createRng } from './random';

describe('createRng', () => {
  it('repeats the same numbers for the same seed', () => {
    const a = createRng(42);
    const b = createRng(42);
    for (let i = 0; i < 100; i++) expect(a.uniform()).toBe(b.uniform());
    expect(Array.from(createRng(7).choice(60000, 10))).toEqual(Array.from(createRng(7).choice(60000, 10)));
  });
  it('gives different numbers for different seeds', () => {
    expect(createRng(1).uniform()).not.toBe(createRng(2).uniform());
    expect(createRng(1).uniform()).not.toBe(createRng(1.5).uniform());
  });
  it('draws uniform values in [0, 1) with mean ≈ 1/2', () => {
    const rng = createRng(3);
    let sum = 0;
    for (let i = 0; i < 20000; i++) {
      const u = rng.uniform();
      expect(u >= 0 && u < 1).toBe(true);
      sum += u;
    }
    expect(sum / 20000).toBeCloseTo(0.5, 2);
  });
  it('draws randn with mean ≈ 0 and variance ≈ 1', () => {
    const rng = createRng(4);
    const n = 40000;
    let sum = 0;
    let sq = 0;
    for (let i = 0; i < n; i++) {
      const z = rng.randn();
      sum += z;
      sq += z * z;
    }
    expect(Math.abs(sum / n)).toBeLessThan(0.02);
    expect(Math.abs(sq / n - 1)).toBeLessThan(0.03);
  });
  it('choice draws with replacement from [0, n), every value reachable', () => {
    const counts = new Int32Array(10);
    for (const i of createRng(5).choice(10, 5000)) counts[i]++;
    expect(Math.min(...counts)).toBeGreaterThan(400);
    // With replacement: 20 draws from 5 values must repeat.
    expect(new Set(createRng(6).choice(5, 20)).size).toBeLessThanOrEqual(5);
  });
  it('refuses bad arguments with a clear error', () => {
    expect(() => createRng(Number.NaN)).toThrow(/finite/);
    expect(() => createRng(1).choice(0, 3)).toThrow(/positive/);
  });
});
