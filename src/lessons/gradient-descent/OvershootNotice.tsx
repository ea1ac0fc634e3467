import { useMemo } from 'react';
import { SURFACES, type SurfaceId } from '../../lib/descent/functions';
import { detectOvershoot, type Overshoot } from '../../lib/descent/overshoot';
import { fmt, useText } from '../../i18n/use-text';
import { overshootText } from './text-overshoot';

/** A factor per step as a short number: 0.8, 1, 19. */
export const formatFactor = (factor: number) => String(Number(factor.toPrecision(3)));

export function useOvershoot(fn: SurfaceId, path: readonly Float64Array[]): Overshoot {
  return useMemo(() => detectOvershoot(path, SURFACES[fn].minimum), [fn, path]);
}

/** The path's crossings of the minimum, explained; on the notes' bowl with the rule x ← (1 − 2·lr)x. */
export function OvershootNotice({ fn, lr, path }: { fn: SurfaceId; lr: number; path: readonly Float64Array[] }) {
  const t = useText(overshootText);
  const overshoot = useOvershoot(fn, path);
  if (overshoot.kind === 'none') return null;
  const tone = overshoot.kind === 'damped' ? 'notice' : 'notice notice-warning';
  return (
    <div className={tone} role="status" data-testid="overshoot">
      <p>{fmt(t[overshoot.kind], { k: overshoot.firstStep, n: overshoot.crossings, factor: formatFactor(overshoot.factor) })}</p>
      {fn === 'bowl' && <p>{fmt(t.bowlRule, { multiplier: String(Number((1 - 2 * lr).toPrecision(6))) })}</p>}
    </div>
  );
}

/** A few words for the compare table. */
export function useOvershootNote(fn: SurfaceId, path: readonly Float64Array[]): string {
  const t = useText(overshootText);
  const overshoot = useOvershoot(fn, path);
  if (overshoot.kind === 'none') return '';
  return fmt(t[`note.${overshoot.kind}`], { factor: formatFactor(overshoot.factor) });
}
