/**
 * Keeping a probability vector a distribution while a student edits one entry of it.
 */
import type { Vector } from './losses';

/** How far Σ p_k may drift from 1 through rounding and still count as a distribution. */
export const SUM_TOLERANCE = 1e-9;

/** Σ_k p_k. */
export function sum(p: Vector): number {
  let s = 0;
  for (let k = 0; k < p.length; k++) s += p[k];
  return s;
}

/** True when every p_k ∈ [0, 1] and |Σ_k p_k − 1| ≤ SUM_TOLERANCE. */
export function isDistribution(p: Vector): boolean {
  for (let k = 0; k < p.length; k++) if (!(p[k] >= 0 && p[k] <= 1)) return false;
  return p.length > 0 && Math.abs(sum(p) - 1) <= SUM_TOLERANCE;
}

function roundTo(x: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(x * f) / f;
}

/**
 * p with p_k = value and the other K − 1 entries rescaled to share 1 − value in their old
 * proportions (equally when they were all 0), so Σ stays 1. The rescaled entries are rounded to
 * `decimals` places so they read cleanly; the largest of them absorbs the rounding remainder.
 * p: K probabilities, value ∈ [0, 1], k ∈ 0…K−1.
 */
export function setProbability(p: Vector, k: number, value: number, decimals = 4): number[] {
  if (!Number.isInteger(k) || k < 0 || k >= p.length) throw new RangeError(`setProbability: no class ${k} among ${p.length}`);
  if (!(value >= 0 && value <= 1)) throw new RangeError(`setProbability: ${value} is not a probability`);
  const others = [...Array(p.length).keys()].filter((j) => j !== k);
  const out = Array.from(p, Number);
  out[k] = value;
  if (others.length === 0) return out;
  const share = 1 - value;
  const oldTotal = others.reduce((s, j) => s + p[j], 0);
  for (const j of others) out[j] = oldTotal > 0 ? (p[j] * share) / oldTotal : share / others.length;
  // Rounding the others moves the largest by at most (K − 2)·grid/2, which must stay below its
  // share of at least (1 − value)/(K − 1); when 1 − value is that tiny, the exact shares stay.
  // Those exact shares still carry the float noise of 1 − value (1 − 0.999999 is 1.00000000002876e-6);
  // 10 significant digits drop it and leave Σ within SUM_TOLERANCE of 1.
  if (share < others.length ** 2 * 10 ** -decimals) return out.map((v, j) => (j === k ? v : Number(v.toPrecision(10))));
  let largest = others[0];
  for (const j of others) if (out[j] > out[largest]) largest = j;
  let rest = 0;
  for (const j of others) {
    if (j === largest) continue;
    out[j] = roundTo(out[j], decimals);
    rest += out[j];
  }
  // 12 places removes the float noise of the subtraction without moving the value meaningfully.
  out[largest] = roundTo(share - rest, 12);
  return out;
}
