/**
 * Why a descent path stops moving in float64. With h = 1e−4 the numerical gradient is exactly 0
 * when x_i + h rounds back to x_i (|x_i| beyond about 1e12), or when f(x + h·e_i) and f(x − h·e_i)
 * round to the same double; after that x ← x − lr·0 never changes again.
 */
import { DEFAULT_H, numericalGradient } from '../gradient';

/** What the numerical gradient sees at one point of a path. */
export interface StepProbe {
  step: number;
  x: number[];
  /** (x_i + h) − x_i in float64: h itself for small x, 0 once x_i + h rounds to x_i. */
  shift: number[];
  grad: number[];
}

/** Why ∂f/∂x_i came out exactly 0: 'step-lost' = x_i + h rounded to x_i; 'difference-lost' = f(x+h) = f(x−h). */
export type FreezeCause = 'step-lost' | 'difference-lost';

/** The step from which coordinate `index` no longer moves, and what (x_i + h) − x_i was just before and at it. */
export interface CoordinateFreeze {
  index: number;
  step: number;
  cause: FreezeCause;
  x: number;
  shiftBefore: number | null;
  shiftAt: number;
}

export interface FreezeReport {
  /** First step k with path[k] = path[k+1] = … = path[end], or null if the last step still moved. */
  frozenFrom: number | null;
  /** Coordinates whose gradient is 0 from some step to the end (and stays 0), in index order. */
  coordinates: CoordinateFreeze[];
}

/** The probe at path[step]: x, (x_i + h) − x_i and ∇f(x) by central differences. */
export function probeStep(f: (x: Float64Array) => number, path: readonly Float64Array[], step: number, h = DEFAULT_H): StepProbe {
  const x = Float64Array.from(path[step]);
  const grad = numericalGradient(f, x, h);
  return { step, x: Array.from(x), shift: Array.from(x, (v) => v + h - v), grad: Array.from(grad) };
}

function samePoint(a: Float64Array, b: Float64Array): boolean {
  return a.every((v, i) => Object.is(v, b[i]));
}

/** Finds where a path freezes and, per coordinate, the step where its numerical gradient became 0 for good. */
export function analyzeFreeze(f: (x: Float64Array) => number, path: readonly Float64Array[], h = DEFAULT_H): FreezeReport {
  const last = path.length - 1;
  if (last < 1 || !samePoint(path[last], path[last - 1])) return { frozenFrom: null, coordinates: [] };
  let frozenFrom = last - 1;
  while (frozenFrom > 0 && samePoint(path[frozenFrom - 1], path[last])) frozenFrom--;

  const probes: StepProbe[] = [];
  for (let k = 0; k <= frozenFrom; k++) probes.push(probeStep(f, path, k, h));
  const coordinates: CoordinateFreeze[] = [];
  for (let i = 0; i < path[0].length; i++) {
    let k = frozenFrom;
    if (probes[k].grad[i] !== 0) continue;
    while (k > 0 && probes[k - 1].grad[i] === 0) k--;
    const at = probes[k];
    coordinates.push({
      index: i,
      step: k,
      cause: at.shift[i] === 0 ? 'step-lost' : 'difference-lost',
      x: at.x[i],
      shiftBefore: k > 0 ? probes[k - 1].shift[i] : null,
      shiftAt: at.shift[i],
    });
  }
  return { frozenFrom, coordinates };
}
