/**
 * A number as people write it in decimal: an optional sign, digits with at most one decimal point, and
 * an optional exponent (1e-4 is how the notes write small learning rates). JavaScript's Number() also
 * reads "0x10" as 16, "0b11" and "0o7", "Infinity" and blank text as 0; none of those is a decimal number.
 */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** The value of a decimal number written as text (typographic minus − accepted), or NaN for anything else. */
export function parseDecimal(text: string): number {
  const trimmed = text.trim().replace(/\u2212/g, '-');
  return DECIMAL.test(trimmed) ? Number(trimmed) : Number.NaN;
}
