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

  it('lr = 0.9: crosses at step 1 every step and settles by a factor |1 − 1.8| = 0.8 per step', () => {
    const o = detectOvershoot(run(0.9, 20), bowl.minimum);
    expect(o.kind).toBe('damped');
    if (o.kind === 'none') return;
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
    if (o.kind === 'none') return;
    expect(o.crossings).toBe(100);
    expect(o.factor).toBeCloseTo(1, 6);
  });

  it('lr = 1.1: every step lands 1.2 times farther out: growing', () => {
    const o = detectOvershoot(run(1.1, 50), bowl.minimum);
    expect(o.kind).toBe('growing');
    if (o.kind === 'none') return;
    expect(o.factor).toBeCloseTo(1.2, 6);
  });

  it("lr = 10 (the notes' run): grows by 19 a step until rounding freezes it, still counted as growing", () => {
    const o = detectOvershoot(run(10, 100), bowl.minimum);
    expect(o.kind).toBe('growing');
    if (o.kind === 'none') return;
    expect(o.firstStep).toBe(1);
    expect(o.factor).toBeGreaterThan(10);
  });

  it('stops counting at a non-finite point, and a path that never moves has none', () => {
    const path = [Float64Array.of(-1, 0), Float64Array.of(1, 0), Float64Array.of(Infinity, 0)];
    const o = detectOvershoot(path, [0, 0]);
    expect(o).toEqual({ kind: 'bouncing', firstStep: 1, crossings: 1, factor: 1 });
    expect(detectOvershoot([Float64Array.of(2, 2), Float64Array.of(2, 2)], [0, 0])).toEqual({ kind: 'none' });
  });
});
