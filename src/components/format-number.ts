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
