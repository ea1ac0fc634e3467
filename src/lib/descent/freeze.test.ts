import { describe, expect, it } from 'vitest';
import { gradientDescent } from '../gradient';
import { analyzeFreeze, probeStep } from './freeze';
import { SURFACES } from './functions';

const bowl = SURFACES.bowl.f;

describe('analyzeFreeze', () => {
  it('explains the notes’ lr = 10 run: x1 freezes at step 9, x0 at step 10, because x + h rounds to x', () => {
    const { path } = gradientDescent(bowl, [-3, 4], 10, 100);
    const report = analyzeFreeze(bowl, path);
    expect(report.frozenFrom).toBe(10);
    expect(report.coordinates).toEqual([
      { index: 0, step: 10, cause: 'step-lost', x: -25898374737328.363, shiftBefore: 0.0001220703125, shiftAt: 0 },
      { index: 1, step: 9, cause: 'step-lost', x: -1295248616896.5398, shiftBefore: 9.918212890625e-5, shiftAt: 0 },
    ]);
  });
  it('probes a step like NumPy: at step 9 (x0 + h) − x0 is one ulp, 2^−13, and ∂f/∂x0 ≈ 2.68e12', () => {
    const { path } = gradientDescent(bowl, [-3, 4], 10, 12);
    const probe = probeStep(bowl, path, 9);
    expect(probe.shift).toEqual([2 ** -13, 0]);
    expect(probe.grad).toEqual([2684354560000, 0]);
  });
  it('reports nothing for a run that is still moving (lr 0.1, lr 1e−10)', () => {
    for (const lr of [0.1, 1e-10]) {
      const { path } = gradientDescent(bowl, [-3, 4], lr, 100);
      expect(analyzeFreeze(bowl, path)).toEqual({ frozenFrom: null, coordinates: [] });
    }
  });
  it('tells a lost difference from a lost step: lr 0.5 lands near 0 where f(x+h) = f(x−h)', () => {
    const { path } = gradientDescent(bowl, [2, -1], 0.5, 10);
    const report = analyzeFreeze(bowl, path);
    expect(report.frozenFrom).not.toBeNull();
    expect(report.coordinates.map((c) => c.cause)).toEqual(['difference-lost', 'difference-lost']);
    expect(report.coordinates.every((c) => c.shiftAt !== 0)).toBe(true);
  });
});
