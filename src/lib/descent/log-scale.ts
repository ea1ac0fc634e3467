/** Log sliders: a range input moves an exponent e, the value is 10^e rounded to readable digits. */

/** 10^e to `digits` significant digits, via text so that integer e gives exactly the literal 1e{e}. */
export function valueFromExponent(exponent: number, digits = 2): number {
  return Number((10 ** exponent).toPrecision(digits));
}

/** log10 of a positive value, rounded to the slider's step so the thumb lands on a notch. */
export function exponentOf(value: number, step = 0.1): number {
  const e = Math.log10(value);
  return Number((Math.round(e / step) * step).toFixed(6));
}
