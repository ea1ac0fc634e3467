/**
 * Whether a descent path jumps past the minimum, and what comes of it. On x₀² + x₁² each step is
 * x ← (1 − 2·lr)·x, so lr = 0.5 lands on the minimum in one step, 0.5 < lr < 1 overshoots and
 * settles, lr = 1 lands on −x and bounces for ever, and lr > 1 lands farther out every step.
 */

export type Overshoot =
  | { kind: 'none' }
  /** One step covers the whole distance to the minimum; what is left is rounding, not a crossing. */
  | { kind: 'arrived'; step: number }
  /** Crosses the minimum and comes back closer each time: it still settles. */
  | { kind: 'damped'; firstStep: number; crossings: number; factor: number }
  /** Lands about as far on the other side each time: it never settles. */
  | { kind: 'bouncing'; firstStep: number; crossings: number; factor: number }
  /** Lands farther out each time, until it overflows or freezes. */
  | { kind: 'growing'; firstStep: number; crossings: number; factor: number };

/** A mean change of distance per step within 1 % of 1 counts as bouncing… */
const BOUNCE_TOLERANCE = 0.01;
/**
 * …as long as the whole path ends within this factor of its start distance: over a thousand steps a
 * mean of × 0.996 per step (Rosenbrock's valley) still brings the path 50 times closer, which is settling.
 */
const BOUNCE_SPAN = 2;

/**
 * Offsets from the minimum below this share of the start's distance are rounding residue: the
 * numerical gradient's own error (about ε·|x|/h, under 1e−11 of the distance on the lesson's plot),
 * far below anything a plot can show. A sign change among them is not a crossing, and a step that
 * shrinks the distance by this factor or more lands on the minimum.
 */
export const AT_MINIMUM = 1e-8;

/**
 * Classifies a path by its crossings of the minimum (a coordinate of x − minimum changing sign
 * between two offsets above rounding residue) and `factor`, the geometric mean per step of the
 * distance to the minimum, taken over the steps up to the last one that moved (a path frozen by
 * rounding stops counting there) and finite. A path that lands on the minimum in one step before
 * any crossing has `arrived`.
 */
export function detectOvershoot(path: readonly ArrayLike<number>[], minimum: readonly number[]): Overshoot {
  if (path.length === 0) return { kind: 'none' };
  const residue = AT_MINIMUM * distance(path[0], minimum);
  let crossings = 0;
  let firstStep = -1;
  let lastMoved = 0;
  let arrivedAt = -1;
  for (let k = 1; k < path.length; k++) {
    const before = path[k - 1];
    const after = path[k];
    if (!Array.prototype.every.call(after, Number.isFinite)) break;
    let moved = false;
    let crossed = false;
    for (let i = 0; i < minimum.length; i++) {
      const a = before[i] - minimum[i];
      const b = after[i] - minimum[i];
      if (after[i] !== before[i]) moved = true;
      if (a * b < 0 && Math.abs(a) > residue && Math.abs(b) > residue) crossed = true;
    }
    if (moved) lastMoved = k;
    if (crossed) {
      crossings++;
      if (firstStep < 0) firstStep = k;
    }
    const landed = distance(after, minimum) <= AT_MINIMUM * distance(before, minimum) && distance(before, minimum) > residue;
    if (landed && crossings === 0 && arrivedAt < 0) arrivedAt = k;
  }
  if (arrivedAt > 0) return { kind: 'arrived', step: arrivedAt };
  if (crossings === 0 || lastMoved === 0) return { kind: 'none' };
  const start = distance(path[0], minimum);
  const end = distance(path[lastMoved], minimum);
  const factor = start === 0 ? 0 : (end / start) ** (1 / lastMoved);
  const level = Math.abs(factor - 1) <= BOUNCE_TOLERANCE && end <= BOUNCE_SPAN * start && end * BOUNCE_SPAN >= start;
  const kind = level ? 'bouncing' : factor > 1 ? 'growing' : 'damped';
  return { kind, firstStep, crossings, factor };
}

function distance(x: ArrayLike<number>, minimum: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < minimum.length; i++) sum += (x[i] - minimum[i]) ** 2;
  return Math.sqrt(sum);
}
