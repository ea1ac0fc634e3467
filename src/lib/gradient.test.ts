import { describe, expect, it } from 'vitest';
import { gradientDescent, numericalDiff, numericalGradient } from './gradient';

const function2 = (x: Float64Array): number => x[0] ** 2 + x[1] ** 2;

/** Relative agreement to the digits NumPy printed (9 significant digits). */
function expectPrinted(actual: number, printed: number): void {
  expect(Math.abs(actual - printed)).toBeLessThanOrEqual(Math.abs(printed) * 5e-9);
}

describe('numericalGradient', () => {
  it('gives ∇(x0² + x1²) = (2x0, 2x1) and restores x', () => {
    const x = Float64Array.from([3, 4]);
    const g = numericalGradient(function2, x);
    expect(g[0]).toBeCloseTo(6, 8);
    expect(g[1]).toBeCloseTo(8, 8);
    expect(Array.from(x)).toEqual([3, 4]);
  });
  it('differentiates 0.01x² + 0.1x at 5 and 10 (0.2 and 0.3)', () => {
    const f = (x: number) => 0.01 * x ** 2 + 0.1 * x;
    expect(numericalDiff(f, 5)).toBeCloseTo(0.2, 9);
    expect(numericalDiff(f, 10)).toBeCloseTo(0.3, 9);
  });
});

describe("gradientDescent reproduces the notes' three runs from (−3, 4), 100 steps", () => {
  it('lr = 0.1 → [-6.11110793e-10  8.14814391e-10]', () => {
    const { x, path } = gradientDescent(function2, [-3, 4], 0.1, 100);
    expectPrinted(x[0], -6.11110793e-10);
    expectPrinted(x[1], 8.14814391e-10);
    expect(path).toHaveLength(101);
    expect(Array.from(path[0])).toEqual([-3, 4]);
  });
  it('lr = 10 → [-2.58983747e+13 -1.29524862e+12] (frozen by rounding, not diverging for ever)', () => {
    const { x, path } = gradientDescent(function2, [-3, 4], 10, 100);
    expectPrinted(x[0], -2.58983747e13);
    expectPrinted(x[1], -1.29524862e12);
    expect(Array.from(path[99])).toEqual(Array.from(path[100]));
  });
  it('lr = 1e-10 → [-2.99999994  3.99999992]', () => {
    const { x } = gradientDescent(function2, [-3, 4], 1e-10, 100);
    expectPrinted(x[0], -2.99999994);
    expectPrinted(x[1], 3.99999992);
  });
});
