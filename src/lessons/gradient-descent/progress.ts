import { SURFACES, type SurfaceId } from '../../lib/descent/functions';

/** A run that ends with more than this share of its start distance to the minimum left is called slow. */
export const SLOW_SHARE = 0.01;
/** Slow also means small steps: each one keeps more than this share of the distance on average. */
export const SLOW_STEP = 0.95;
/** One that ends within this share of it has reached the minimum. */
export const REACHED_SHARE = 1e-6;

const distanceTo = (x: ArrayLike<number>, m: readonly number[]) => Math.hypot(x[0] - m[0], x[1] - m[1]);

/** How much of the start's distance to the minimum is left at the path's end (0 when it starts there). */
export function remainingShare(fn: SurfaceId, path: readonly Float64Array[]): number {
  const minimum = SURFACES[fn].minimum;
  const start = distanceTo(path[0], minimum);
  return start === 0 ? 0 : distanceTo(path[path.length - 1], minimum) / start;
}

/**
 * Whether a path still has much of the way ahead after `steps` steps because its steps are small: one
 * step of the notes' lr = 0.1 leaves 80 % of the way, but that is a short run, not a slow rate.
 */
export const isSlow = (share: number, steps: number) => share > SLOW_SHARE && share <= 1 && steps > 0 && share ** (1 / steps) > SLOW_STEP;

/** A share as a short percentage: 98, 100, 0.5. */
export const formatShare = (share: number) => String(Number((share * 100).toPrecision(3)));
