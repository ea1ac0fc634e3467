/**
 * Keeps charts cheap on long runs: a loss curve of any length becomes at most a few hundred points
 * (bucket means, with an exponentially smoothed line), so recharts never receives 10,000 points.
 */
/** Points handed to a chart per series. */
export const MAX_CHART_POINTS = 120;

export interface LossPoint {
  /** The last iteration of the bucket (1-based). */
  iteration: number;
  /** Mean batch loss over the bucket, or null if none was finite. */
  loss: number | null;
  /** Exponential moving average of the raw losses at that iteration, bias-corrected. */
  smooth: number | null;
}

/**
 * Smoothed losses s_i = α·s_{i−1} + (1 − α)·L_i, divided by the weight 1 − αⁱ so the start is not
 * pulled towards 0. Non-finite losses are skipped (they repeat the previous value).
 */
export class SmoothedLoss {
  readonly values: number[] = [];
  private raw = 0;
  private weight = 0;

  constructor(readonly alpha: number) {}

  push(loss: number): void {
    if (Number.isFinite(loss)) {
      this.raw = this.alpha * this.raw + (1 - this.alpha) * loss;
      this.weight = this.alpha * this.weight + (1 - this.alpha);
    }
    this.values.push(this.weight > 0 ? this.raw / this.weight : Number.NaN);
  }
}

/** Bucket means of losses[0 … n−1] (iteration i + 1 for losses[i]) and the smoothed value at each bucket's end. */
export function downsampleLoss(losses: readonly number[], smoothed: readonly number[], maxPoints = MAX_CHART_POINTS): LossPoint[] {
  const n = losses.length;
  const size = Math.max(1, Math.ceil(n / maxPoints));
  const points: LossPoint[] = [];
  for (let start = 0; start < n; start += size) {
    const end = Math.min(n, start + size);
    let sum = 0;
    let count = 0;
    for (let i = start; i < end; i++) if (Number.isFinite(losses[i])) { sum += losses[i]; count++; }
    const smooth = smoothed[end - 1];
    points.push({ iteration: end, loss: count > 0 ? sum / count : null, smooth: Number.isFinite(smooth) ? smooth : null });
  }
  return points;
}

/** At most maxPoints evenly spaced points, always keeping the first and the last. */
export function thin<T>(points: readonly T[], maxPoints = MAX_CHART_POINTS): T[] {
  if (points.length <= maxPoints) return [...points];
  const out: T[] = [];
  for (let k = 0; k < maxPoints; k++) out.push(points[Math.round((k * (points.length - 1)) / (maxPoints - 1))]);
  return out;
}
