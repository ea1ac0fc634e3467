/**
 * How the error of numerical derivatives depends on h: truncation error shrinks with h
 * (like h for forward, h² for central differences) while rounding error grows like ε·|f|/h.
 */
import { forwardDiff, numericalDiff } from '../gradient';

/** The exponents e of h = 10^e for the error sweep: 1e−1 down to 1e−16. */
export const SWEEP_EXPONENTS: readonly number[] = Array.from({ length: 16 }, (_, i) => -1 - i);

/** The h values offered on the slider: the sweep plus far-too-small ones where x + h = x. */
export const H_EXPONENTS: readonly number[] = [...SWEEP_EXPONENTS, -20, -30, -50];

/** h = 10^e, parsed from text so that 1e−4 is the same double as the literal 1e-4. */
export function hFromExponent(exponent: number): number {
  return Number(`1e${exponent}`);
}

/** Forward and central estimates of f'(x) with one h, and their absolute errors against the exact f'(x). */
export interface DerivativeEstimate {
  exponent: number;
  h: number;
  forward: number;
  central: number;
  forwardError: number;
  centralError: number;
}

/** |(f(x+h) − f(x))/h − f'(x)| and |(f(x+h) − f(x−h))/2h − f'(x)| for h = 10^e. */
export function estimateDerivative(f: (x: number) => number, df: (x: number) => number, x: number, exponent: number): DerivativeEstimate {
  const h = hFromExponent(exponent);
  const exact = df(x);
  const forward = forwardDiff(f, x, h);
  const central = numericalDiff(f, x, h);
  return { exponent, h, forward, central, forwardError: Math.abs(forward - exact), centralError: Math.abs(central - exact) };
}

/** The estimates for every exponent of a sweep (default 1e−1 … 1e−16). */
export function derivativeErrorSweep(
  f: (x: number) => number,
  df: (x: number) => number,
  x: number,
  exponents: readonly number[] = SWEEP_EXPONENTS,
): DerivativeEstimate[] {
  return exponents.map((e) => estimateDerivative(f, df, x, e));
}
