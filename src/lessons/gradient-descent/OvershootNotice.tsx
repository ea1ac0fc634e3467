import { useMemo } from 'react';
import { SURFACES, type SurfaceId } from '../../lib/descent/functions';
import { detectOvershoot, type Overshoot } from '../../lib/descent/overshoot';
import { fmt, useText } from '../../i18n/use-text';
import { formatShare, isSlow, remainingShare } from './progress';
import { roundingFreezeStep } from './rounding-freeze';
import { overshootText } from './text-overshoot';

/** A factor per step as a short number: 0.8, 1, 19. */
export const formatFactor = (factor: number) => String(Number(factor.toPrecision(3)));

export function useOvershoot(fn: SurfaceId, path: readonly Float64Array[]): Overshoot {
  return useMemo(() => detectOvershoot(path, SURFACES[fn].minimum), [fn, path]);
}

/** The largest offset from the minimum left at a step, as NumPy-like short text (1.9e-12). */
function residueAt(fn: SurfaceId, point: Float64Array): string {
  const minimum = SURFACES[fn].minimum;
  const largest = Math.max(...minimum.map((m, i) => Math.abs(point[i] - m)));
  return largest === 0 ? '0' : largest.toExponential(1);
}

/** The step from which rounding (x + h = x) holds a flying-off path still, if it does. */
function useFrozenFrom(fn: SurfaceId, path: readonly Float64Array[], overshoot: Overshoot): number | null {
  return useMemo(() => (overshoot.kind === 'growing' ? roundingFreezeStep(fn, path) : null), [fn, path, overshoot.kind]);
}

/** 1 − 2·lr with enough digits that a tiny rate does not print as 1. */
const bowlMultiplier = (lr: number) => String(Number((1 - 2 * lr).toPrecision(12)));

/** A path that neither overshoots nor gets near the minimum: the "too small" end of the learning rate, said so. */
function SlowNotice({ fn, lr, path }: { fn: SurfaceId; lr: number; path: readonly Float64Array[] }) {
  const t = useText(overshootText);
  const share = remainingShare(fn, path);
  if (!isSlow(share, path.length - 1)) return null;
  return (
    <div className="notice" role="status" data-testid="slow">
      <p>{fmt(t.slow, { n: path.length - 1, share: formatShare(share) })}</p>
      {fn === 'bowl' && <p>{fmt(t.bowlSlow, { multiplier: bowlMultiplier(lr) })}</p>}
    </div>
  );
}

/** The path's crossings of the minimum, explained; on the notes' bowl with the rule x ← (1 − 2·lr)x. A path without any is checked for being slow. */
export function OvershootNotice({ fn, lr, path }: { fn: SurfaceId; lr: number; path: readonly Float64Array[] }) {
  const t = useText(overshootText);
  const overshoot = useOvershoot(fn, path);
  const frozenFrom = useFrozenFrom(fn, path, overshoot);
  if (overshoot.kind === 'none') return <SlowNotice fn={fn} lr={lr} path={path} />;
  const tone = overshoot.kind === 'damped' || overshoot.kind === 'arrived' ? 'notice' : 'notice notice-warning';
  const message = overshoot.kind === 'arrived'
    ? fmt(t.arrived, { k: overshoot.step, residue: residueAt(fn, path[overshoot.step]) })
    : fmt(t[overshoot.kind], { k: overshoot.firstStep, n: overshoot.crossings, factor: formatFactor(overshoot.factor) });
  return (
    <div className={tone} role="status" data-testid="overshoot">
      <p>{message}{frozenFrom !== null && <> {fmt(t.frozen, { k: frozenFrom })}</>}</p>
      {fn === 'bowl' && <p>{fmt(t.bowlRule, { multiplier: String(Number((1 - 2 * lr).toPrecision(6))) })}</p>}
    </div>
  );
}

/** A few words for the compare table. */
export function useOvershootNote(fn: SurfaceId, path: readonly Float64Array[]): string {
  const t = useText(overshootText);
  const overshoot = useOvershoot(fn, path);
  if (overshoot.kind === 'none') return '';
  if (overshoot.kind === 'arrived') return fmt(t['note.arrived'], { k: overshoot.step });
  return fmt(t[`note.${overshoot.kind}`], { factor: formatFactor(overshoot.factor) });
}
