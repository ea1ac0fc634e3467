/**
 * Turning a descent path into something a plot can draw: points far outside the view are
 * clamped to a margin around it, and the line stops at the first Inf or NaN. The report says
 * where each happened so the page can tell the reader instead of hiding it.
 */
import type { Bounds } from './field';

export interface DrawablePath {
  /** Points to draw, clamped into the view widened by the margin. */
  points: [number, number][];
  /** First step whose point lies outside the view (null: the path never leaves it). */
  leavesViewAt: number | null;
  /** First step with a coordinate that is Inf or NaN; points from there on are not drawn. */
  nonFiniteAt: number | null;
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}

/** Clamps path[0..upTo] into bounds widened by margin·size on every side, cutting at the first non-finite point. */
export function drawablePath(path: readonly ArrayLike<number>[], bounds: Bounds, upTo = path.length - 1, margin = 0.05): DrawablePath {
  const w = (bounds.x0Max - bounds.x0Min) * margin;
  const hgt = (bounds.x1Max - bounds.x1Min) * margin;
  const points: [number, number][] = [];
  let leavesViewAt: number | null = null;
  let nonFiniteAt: number | null = null;
  for (let k = 0; k <= Math.min(upTo, path.length - 1); k++) {
    const [a, b] = [path[k][0], path[k][1]];
    if (!Number.isFinite(a) || !Number.isFinite(b)) {
      nonFiniteAt = k;
      break;
    }
    const outside = a < bounds.x0Min || a > bounds.x0Max || b < bounds.x1Min || b > bounds.x1Max;
    if (outside && leavesViewAt === null) leavesViewAt = k;
    points.push([clamp(a, bounds.x0Min - w, bounds.x0Max + w), clamp(b, bounds.x1Min - hgt, bounds.x1Max + hgt)]);
  }
  return { points, leavesViewAt, nonFiniteAt };
}
