/**
 * The rules of the model history, free of storage so Node tests pin them: which model is in use, when a
 * new one takes its place, and which old ones make room. A model in use is never replaced by a less
 * accurate one unless the user chooses it, and never dropped.
 */
import type { ModelRecord, TrainedModel } from './trained-model';

/** Models kept at most; the oldest that is not in use makes room for a new one. */
export const HISTORY_SIZE = 10;

/** The model in use: the one chosen last (records that were never chosen are only history). */
export function modelInUse(models: readonly ModelRecord[]): ModelRecord | null {
  let best: ModelRecord | null = null;
  for (const model of models) if (model.usedAt !== null && (best === null || model.usedAt > (best.usedAt ?? 0))) best = model;
  return best;
}

/**
 * Whether a new model may take the place of the one in use without asking: when none is in use, or
 * when both accuracies on the test set are known and the new one is at least as good.
 */
export function replacesInUse(candidate: Pick<TrainedModel, 'testAccuracy'>, inUse: Pick<TrainedModel, 'testAccuracy'> | null): boolean {
  if (inUse === null) return true;
  return candidate.testAccuracy !== null && inUse.testAccuracy !== null && candidate.testAccuracy >= inUse.testAccuracy;
}

/** Newest first. */
export function byDate(models: readonly ModelRecord[]): ModelRecord[] {
  return [...models].sort((p, q) => q.createdAt.localeCompare(p.createdAt) || q.id.localeCompare(p.id));
}

/** The records to delete so that `models` (already holding the new one) fits HISTORY_SIZE: oldest first, never `keep`. */
export function evictions(models: readonly ModelRecord[], keep: readonly string[]): ModelRecord[] {
  const excess = models.length - HISTORY_SIZE;
  if (excess <= 0) return [];
  return byDate(models).reverse().filter((m) => !keep.includes(m.id)).slice(0, excess);
}

/** A default name for a new model: "784-50-10 · backprop · 1,000" style, chosen by the caller's formatter. */
export function uniqueName(base: string, taken: readonly string[]): string {
  if (!taken.includes(base)) return base;
  for (let k = 2; ; k++) if (!taken.includes(`${base} (${k})`)) return `${base} (${k})`;
}

/** What uniqueName added to `base` to give `name` ('' or ' (2)', ' (3)'…), or null when `name` is not `base` made unique. */
export function uniqueSuffix(name: string, base: string): string | null {
  if (!name.startsWith(base)) return null;
  const rest = name.slice(base.length);
  return rest === '' || /^ \((?:[2-9]|[1-9]\d+)\)$/.test(rest) ? rest : null;
}
