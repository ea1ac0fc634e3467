/** Sampling a function of (x0, x1) on a grid: values for contour lines, −∇f for arrows. */
import { numericalGradient } from '../gradient';

/** A rectangle of the (x0, x1) plane. */
export interface Bounds {
  x0Min: number;
  x0Max: number;
  x1Min: number;
  x1Max: number;
}

/** f on an nx × ny grid over bounds, row-major with x1 rising by row: values[j·nx + i] = f(x0_i, x1_j). */
export function sampleGrid(f: (x: Float64Array) => number, bounds: Bounds, nx: number, ny: number): Float64Array {
  const values = new Float64Array(nx * ny);
  const x = new Float64Array(2);
  for (let j = 0; j < ny; j++) {
    x[1] = bounds.x1Min + ((bounds.x1Max - bounds.x1Min) * j) / (ny - 1);
    for (let i = 0; i < nx; i++) {
      x[0] = bounds.x0Min + ((bounds.x0Max - bounds.x0Min) * i) / (nx - 1);
      values[j * nx + i] = f(x);
    }
  }
  return values;
}

/** One arrow of the field: where it starts and the direction −∇f there. */
export interface FieldArrow {
  x0: number;
  x1: number;
  d0: number;
  d1: number;
}

/** −∇f (by numericalGradient) at the n × n grid points of bounds, corners included. */
export function descentField(f: (x: Float64Array) => number, bounds: Bounds, n: number): FieldArrow[] {
  const arrows: FieldArrow[] = [];
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++) {
      const x = Float64Array.from([
        bounds.x0Min + ((bounds.x0Max - bounds.x0Min) * i) / (n - 1),
        bounds.x1Min + ((bounds.x1Max - bounds.x1Min) * j) / (n - 1),
      ]);
      const g = numericalGradient(f, x);
      arrows.push({ x0: x[0], x1: x[1], d0: -g[0], d1: -g[1] });
    }
  }
  return arrows;
}
