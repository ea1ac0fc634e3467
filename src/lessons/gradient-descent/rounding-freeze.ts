import { analyzeFreeze } from '../../lib/descent/freeze';
import { SURFACES, type SurfaceId } from '../../lib/descent/functions';

/** The step from which x + h = x holds a path still (its numerical gradient lost the step h), or null. */
export function roundingFreezeStep(fn: SurfaceId, path: readonly Float64Array[]): number | null {
  const freeze = analyzeFreeze(SURFACES[fn].f, path);
  return freeze.coordinates.some((c) => c.cause === 'step-lost') ? freeze.frozenFrom ?? 0 : null;
}
