import { SURFACE_IDS, type SurfaceId } from '../../lib/descent/functions';
import { boolParam, enumParam, intParam, numberListParam, numberParam, type Param, type ParamTable } from '../../state/url-state';

/** Everything a teacher's link carries for this page. */
export interface GradientDescentState {
  /** The playground: surface, start (x0, x1), learning rate, number of steps. */
  fn: SurfaceId;
  x0: number;
  x1: number;
  lr: number;
  steps: number;
  /** Compare mode and its learning rates. */
  cmp: boolean;
  rates: number[];
}

export const START_RANGE = [-5, 5] as const;
export const LR_RANGE = [1e-12, 100] as const;
export const STEPS_RANGE = [1, 1000] as const;
export const MAX_RATES = 6;

/** Distinct learning rates: each one is a path and a row, and two identical ones would hide each other. */
function ratesParam(def: number[]): Param<number[]> {
  const base = numberListParam(def, { min: LR_RANGE[0], max: LR_RANGE[1], minLength: 1, maxLength: MAX_RATES });
  return { ...base, parse: (raw) => { const v = base.parse(raw); return v && new Set(v).size === v.length ? v : undefined; } };
}

export const URL_TABLE: ParamTable<GradientDescentState> = {
  fn: enumParam<SurfaceId>('bowl', SURFACE_IDS),
  x0: numberParam(-3, START_RANGE[0], START_RANGE[1]),
  x1: numberParam(4, START_RANGE[0], START_RANGE[1]),
  lr: numberParam(0.1, LR_RANGE[0], LR_RANGE[1]),
  steps: intParam(100, STEPS_RANGE[0], STEPS_RANGE[1]),
  cmp: boolParam(false),
  // On x₀² + x₁² a step multiplies x by 1 − 2·lr, so rates with the same |1 − 2·lr| (0.1 and 0.9)
  // draw the same f(x) curve; these four give four: too small, right, oscillating, flying off.
  rates: ratesParam([0.01, 0.1, 0.95, 1.1]),
};
