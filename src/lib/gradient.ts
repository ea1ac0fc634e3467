/**
 * Numerical differentiation and gradient descent, exactly as the notes do them
 * (central differences with h = 1e−4, then x ← x − lr·∇f(x)).
 */

/** The notes' step for central differences. */
export const DEFAULT_H = 1e-4;

/** Central difference f'(x) ≈ (f(x + h) − f(x − h)) / 2h. */
export function numericalDiff(f: (x: number) => number, x: number, h = DEFAULT_H): number {
  return (f(x + h) - f(x - h)) / (2 * h);
}

/** Forward difference f'(x) ≈ (f(x + h) − f(x)) / h (error of order h, for comparison). */
export function forwardDiff(f: (x: number) => number, x: number, h = DEFAULT_H): number {
  return (f(x + h) - f(x)) / h;
}

/**
 * ∂f/∂x_i ≈ (f(x + h·e_i) − f(x − h·e_i)) / 2h for one coordinate of `x`, which is nudged in place
 * and restored, so that `f` may read `x` (or the arrays it belongs to) directly.
 */
export function centralDifference(f: (x: Float64Array) => number, x: Float64Array, i: number, h = DEFAULT_H): number {
  const saved = x[i];
  x[i] = saved + h;
  const fPlus = f(x);
  x[i] = saved - h;
  const fMinus = f(x);
  x[i] = saved;
  return (fPlus - fMinus) / (2 * h);
}

/**
 * ∇f(x) by central differences, one coordinate at a time: ∂f/∂x_i ≈ (f(x + h·e_i) − f(x − h·e_i)) / 2h.
 * `x` may hold a matrix of any shape (row-major); it is changed during the call and restored after,
 * like the notes' in-place loop, so `f` may read it directly.
 */
export function numericalGradient(f: (x: Float64Array) => number, x: Float64Array, h = DEFAULT_H): Float64Array {
  const grad = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) grad[i] = centralDifference(f, x, i, h);
  return grad;
}

/** The result of gradient descent: the final point and every point visited (path[0] = initX). */
export interface DescentResult {
  x: Float64Array;
  path: Float64Array[];
}

/** Repeats x ← x − lr·∇f(x) for stepNum steps from a copy of initX, with ∇f from numericalGradient. */
export function gradientDescent(
  f: (x: Float64Array) => number,
  initX: ArrayLike<number>,
  lr = 0.01,
  stepNum = 100,
  h = DEFAULT_H,
): DescentResult {
  const x = Float64Array.from(initX);
  const path: Float64Array[] = [Float64Array.from(x)];
  for (let step = 0; step < stepNum; step++) {
    const grad = numericalGradient(f, x, h);
    for (let i = 0; i < x.length; i++) x[i] -= lr * grad[i];
    path.push(Float64Array.from(x));
  }
  return { x, path };
}
