import { CURVE_IDS, type Curve1DId } from '../../lib/descent/functions';
import { H_EXPONENTS } from '../../lib/descent/derivative-error';
import { enumParam, intParam, numberParam, type Param, type ParamTable } from '../../state/url-state';

/** Everything a teacher's link carries for this page: the curve, the point x and h = 10^hexp. */
export interface NumericalDiffState {
  curve: Curve1DId;
  x: number;
  hexp: number;
}

export const X_RANGE = [-10, 10] as const;

/** An exponent from the h slider's list. */
function hExponentParam(def: number): Param<number> {
  const base = intParam(def, -50, -1);
  return { ...base, parse: (raw) => { const v = base.parse(raw); return v !== undefined && H_EXPONENTS.includes(v) ? v : undefined; } };
}

// sin x by default: its third derivative is not zero, so the first sweep a student sees has a best h.
export const URL_TABLE: ParamTable<NumericalDiffState> = {
  curve: enumParam<Curve1DId>('sin', CURVE_IDS),
  x: numberParam(1, X_RANGE[0], X_RANGE[1]),
  hexp: hExponentParam(-4),
};
