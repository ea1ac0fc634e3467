/** Full float64 digits, with Inf and NaN spelled out rather than hidden. */
export function exact(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (!Number.isFinite(v)) return v > 0 ? 'Inf' : '-Inf';
  return String(v);
}

/** A short form for errors: 3 significant digits in e-notation, 0 as 0. */
export function short(v: number): string {
  if (!Number.isFinite(v)) return exact(v);
  if (v === 0) return '0';
  return v.toExponential(2);
}

/** A coordinate for labels: up to 4 decimals, trailing zeros dropped. */
export function coord(v: number): string {
  return Number.isFinite(v) ? String(Number(v.toFixed(4))) : exact(v);
}

/** 10^e written as 1e-4. */
export function powerOfTen(e: number): string {
  return `1e${e}`;
}
