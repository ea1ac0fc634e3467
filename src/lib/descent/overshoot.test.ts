import { describe, expect, it } from 'vitest';
import { gradientDescent } from '../gradient';
import { SURFACES } from './functions';
import { detectOvershoot } from './overshoot';

const bowl = SURFACES.bowl;
const run = (lr: number, steps = 100) => gradientDescent(bowl.f, [-3, 4], lr, steps).path;

describe('detectOvershoot on x₀² + x₁² from (−3, 4)', () => {
  it('finds none below lr = 0.5, where x ← (1 − 2·lr)x keeps its sign', () => {
    expect(detectOvershoot(run(0.1), bowl.minimum)).toEqual({ kind: 'none' });
    expect(detectOvershoot(run(0.01), bowl.minimum)).toEqual({ kind: 'none' });
  });

  it('lr = 0.5: lands on the minimum in one step; the rounding residue left there is not a crossing', () => {
    const path = run(0.5, 10);
    // What is left after the exact step is the numerical gradient's rounding, and its sign flips.
    expect(Math.hypot(path[1][0], path[1][1])).toBeLessThan(1e-11);
    expect(Math.sign(path[1][0])).not.toBe(Math.sign(path[2][0]));
    expect(detectOvershoot(path, bowl.minimum)).toEqual({ kind: 'arrived', step: 1 });
    expect(detectOvershoot(run(0.5, 100), bowl.minimum)).toEqual({ kind: 'arrived', step: 1 });
  });

  it('lr = 0.9: crosses at step 1 every step and settles by a factor |1 − 1.8| = 0.8 per step', () => {
    const o = detectOvershoot(run(0.9, 20), bowl.minimum);
    expect(o.kind).toBe('damped');
    if (o.kind === 'none' || o.kind === 'arrived') return;
    expect(o.firstStep).toBe(1);
    expect(o.crossings).toBe(20);
    expect(o.factor).toBeCloseTo(0.8, 6);
  });

  it('lr = 1: lands on −x every step, (−3, 4) → (3, −4) → (−3, 4): bouncing with factor 1', () => {
    const path = run(1, 100);
    expect(path[1][0]).toBeCloseTo(3, 6);
    expect(path[1][1]).toBeCloseTo(-4, 6);
    const o = detectOvershoot(path, bowl.minimum);
    expect(o.kind).toBe('bouncing');
    if (o.kind === 'none' || o.kind === 'arrived') return;
    expect(o.crossings).toBe(100);
    expect(o.factor).toBeCloseTo(1, 6);
  });

  it('lr = 1.1: every step lands 1.2 times farther out: growing', () => {
    const o = detectOvershoot(run(1.1, 50), bowl.minimum);
    expect(o.kind).toBe('growing');
    if (o.kind === 'none' || o.kind === 'arrived') return;
    expect(o.factor).toBeCloseTo(1.2, 6);
  });

  it("lr = 10 (the notes' run): grows by 19 a step until rounding freezes it, still counted as growing", () => {
    const o = detectOvershoot(run(10, 100), bowl.minimum);
    expect(o.kind).toBe('growing');
    if (o.kind === 'none' || o.kind === 'arrived') return;
    expect(o.firstStep).toBe(1);
    expect(o.factor).toBeGreaterThan(10);
  });

  it('lr = 0.9 over 100 steps counts only the crossings above rounding residue (|x| ≥ 1e−8 of the start distance)', () => {
    const o = detectOvershoot(run(0.9, 100), bowl.minimum);
    expect(o.kind).toBe('damped');
    if (o.kind !== 'damped') return;
    // The smaller coordinate, 3 · 0.8^k, stays above 5e−8 up to k = 80; the larger, 4 · 0.8^k, to k = 81.
    expect(o.crossings).toBe(81);
    expect(o.factor).toBeCloseTo(0.8, 3);
  });

  it('lr = 1.1 diverges: every step crosses and lands 1.2 times farther out', () => {
    expect(detectOvershoot(run(1.1, 10), bowl.minimum)).toEqual({ kind: 'growing', firstStep: 1, crossings: 10, factor: expect.closeTo(1.2, 9) });
  });

  it('on the elongated bowl lr = 0.5 lands x₁ at once but not x₀, which creeps in: nothing to report', () => {
    expect(detectOvershoot(gradientDescent(SURFACES.elongated.f, [-3, 4], 0.5, 50).path, SURFACES.elongated.minimum)).toEqual({ kind: 'none' });
  });

  it('Rosenbrock from (−1.5, 2) at lr = 0.002: crossing the valley floor at × 0.996 a step for 1000 steps still settles', () => {
    const rosenbrock = SURFACES.rosenbrock;
    const path = gradientDescent(rosenbrock.f, [-1.5, 2], 0.002, 1000).path;
    const o = detectOvershoot(path, rosenbrock.minimum);
    expect(o.kind).toBe('damped');
    expect(o.kind === 'damped' && o.factor).toBeGreaterThan(0.99);
  });

  it('a mean within 1 % of 1 a step that still doubles the distance over the run is growing, not bouncing', () => {
    const o = detectOvershoot(run(1.004, 200), bowl.minimum);
    expect(o.kind).toBe('growing');
    expect(o.kind === 'growing' && o.factor).toBeLessThan(1.01);
  });

  it('stops counting at a non-finite point, and a path that never moves has none', () => {
    const path = [Float64Array.of(-1, 0), Float64Array.of(1, 0), Float64Array.of(Infinity, 0)];
    const o = detectOvershoot(path, [0, 0]);
    expect(o).toEqual({ kind: 'bouncing', firstStep: 1, crossings: 1, factor: 1 });
    expect(detectOvershoot([Float64Array.of(2, 2), Float64Array.of(2, 2)], [0, 0])).toEqual({ kind: 'none' });
  });
});
