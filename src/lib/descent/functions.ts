/**
 * Test functions for the gradient-descent lesson: 1-D curves for numerical differentiation and
 * 2-D surfaces for descent, each with its exact derivative so numerical results can be checked.
 */

/** A function of one variable with its exact derivative. */
export interface Curve1D {
  id: Curve1DId;
  f: (x: number) => number;
  /** The exact f'(x). */
  df: (x: number) => number;
}

export type Curve1DId = 'quad' | 'square' | 'sin';
export const CURVE_IDS: readonly Curve1DId[] = ['sin', 'quad', 'square'];

/** The notes' 0.01x² + 0.1x, x², and sin x (whose f‴ ≠ 0 shows truncation error). */
export const CURVES: Record<Curve1DId, Curve1D> = {
  quad: { id: 'quad', f: (x) => 0.01 * x ** 2 + 0.1 * x, df: (x) => 0.02 * x + 0.1 },
  square: { id: 'square', f: (x) => x ** 2, df: (x) => 2 * x },
  sin: { id: 'sin', f: (x) => Math.sin(x), df: (x) => Math.cos(x) },
};

/** A function of (x0, x1) with its exact gradient and where its minimum lies. */
export interface Surface {
  id: SurfaceId;
  f: (x: Float64Array) => number;
  /** The exact ∇f(x) = (∂f/∂x0, ∂f/∂x1). */
  gradient: (x: ArrayLike<number>) => [number, number];
  minimum: readonly [number, number];
}

export type SurfaceId = 'bowl' | 'elongated' | 'rosenbrock';
export const SURFACE_IDS: readonly SurfaceId[] = ['bowl', 'elongated', 'rosenbrock'];

/**
 * bowl: the notes' f(x0, x1) = x0² + x1²;
 * elongated: x0²/20 + x1², whose curvatures differ 20-fold, so descent zig-zags;
 * rosenbrock: (1 − x0)² + 100(x1 − x0²)², a curved narrow valley with its minimum at (1, 1).
 */
export const SURFACES: Record<SurfaceId, Surface> = {
  bowl: {
    id: 'bowl',
    f: (x) => x[0] ** 2 + x[1] ** 2,
    gradient: (x) => [2 * x[0], 2 * x[1]],
    minimum: [0, 0],
  },
  elongated: {
    id: 'elongated',
    f: (x) => x[0] ** 2 / 20 + x[1] ** 2,
    gradient: (x) => [x[0] / 10, 2 * x[1]],
    minimum: [0, 0],
  },
  rosenbrock: {
    id: 'rosenbrock',
    f: (x) => (1 - x[0]) ** 2 + 100 * (x[1] - x[0] ** 2) ** 2,
    gradient: (x) => [-2 * (1 - x[0]) - 400 * x[0] * (x[1] - x[0] ** 2), 200 * (x[1] - x[0] ** 2)],
    minimum: [1, 1],
  },
};
