/** Log-scale axes for recharts: whole decades, so every tick is a power of ten. */

/** The decades covering [lo, hi] as a domain, and at most about 7 of their powers of ten as ticks. */
export function logAxis(lo: number, hi: number): { domain: [number, number]; ticks: number[] } {
  const a = Math.floor(Math.log10(lo));
  const b = Math.max(a + 1, Math.ceil(Math.log10(hi)));
  const every = Math.max(1, Math.ceil((b - a) / 7));
  const ticks: number[] = [];
  for (let e = b; e >= a; e -= every) ticks.unshift(Number(`1e${e}`));
  return { domain: [Number(`1e${a}`), Number(`1e${b}`)], ticks };
}
