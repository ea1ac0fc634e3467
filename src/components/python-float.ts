/**
 * A float as Python's repr prints it: the shortest digits that read back as the same double,
 * positional for 1e−4 ≤ |v| < 1e16 (with ".0" on whole numbers), otherwise "1e-07"-style.
 */
export function pythonFloat(v: number): string {
  if (Number.isNaN(v)) return 'nan';
  if (!Number.isFinite(v)) return v > 0 ? 'inf' : '-inf';
  if (v === 0) return Object.is(v, -0) ? '-0.0' : '0.0';
  const [mantissa, exponent] = v.toExponential().split('e');
  const power = Number(exponent);
  if (power < -4 || power >= 16) return `${mantissa}e${power < 0 ? '-' : '+'}${String(Math.abs(power)).padStart(2, '0')}`;
  const positional = String(v);
  return positional.includes('.') ? positional : `${positional}.0`;
}
