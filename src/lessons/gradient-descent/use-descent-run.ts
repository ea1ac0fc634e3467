import { useMemo } from 'react';
import { gradientDescent } from '../../lib/gradient';
import { SURFACES, type SurfaceId } from '../../lib/descent/functions';

/** The notes' gradient descent on a surface; cheap enough (≤ 1000 steps × 4 evaluations) to rerun on every change. */
export function useDescentRun(fn: SurfaceId, start: readonly [number, number], lr: number, steps: number) {
  const [x0, x1] = start;
  return useMemo(() => gradientDescent(SURFACES[fn].f, [x0, x1], lr, steps), [fn, x0, x1, lr, steps]);
}

/** One run per learning rate, for compare mode. */
export function useDescentRuns(fn: SurfaceId, start: readonly [number, number], rates: readonly number[], steps: number) {
  const [x0, x1] = start;
  const key = rates.join(',');
  return useMemo(
    () => key.split(',').map((r) => ({ lr: Number(r), ...gradientDescent(SURFACES[fn].f, [x0, x1], Number(r), steps) })),
    [fn, x0, x1, key, steps],
  );
}
