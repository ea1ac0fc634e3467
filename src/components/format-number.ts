/**
 * A loss or probability as text: six significant digits, or with `full` every digit a float64
 * keeps (what NumPy prints). +∞ is written ∞, because an infinite loss is a real answer here.
 */
export function formatNumber(value: number, full = false): string {
  if (value === Infinity) return '∞';
  if (value === -Infinity) return '−∞';
  const text = full ? String(value) : String(Number(value.toPrecision(6)));
  return text.replace('-', '−');
}

/** A number as TeX: 1e-7 becomes 1 \times 10^{-7} so KaTeX does not set "e" as a variable. */
export function texNumber(value: number): string {
  const [mantissa, exponent] = String(value).split('e');
  return exponent === undefined ? mantissa : String.raw`${mantissa} \times 10^{${Number(exponent)}}`;
}
