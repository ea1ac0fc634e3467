/**
 * Earlier versions kept one trained model in localStorage (zustand persist, version 1, parameters as
 * JSON number arrays). It moves into the model history once; the old key goes only after the history
 * holds it, so a failed write loses nothing and is tried again on the next visit.
 */
import { updateRecords } from '../storage/db';
import { modelInUse } from './model-history';
import { defaultName, readModelRecord, readTrainedModel } from './trained-model';

export const LEGACY_KEY = 'nnlab.trained-model';
export const LEGACY_ID = 'legacy-trained-model';

function readLegacy(): string | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage.getItem(LEGACY_KEY);
  } catch {
    return null;
  }
}

function forget(): void {
  try {
    localStorage.removeItem(LEGACY_KEY);
  } catch {
    // Storage that cannot be written cannot hold the old key either.
  }
}

/** Moves a model saved by an earlier version into the history (in use if none is); drops unreadable leftovers. */
export async function migrateLegacyModel(now: () => number): Promise<void> {
  const raw = readLegacy();
  if (raw === null) return;
  let model: unknown = null;
  try {
    const parsed = JSON.parse(raw) as { state?: { model?: unknown }; version?: unknown } | null;
    if (parsed?.version === 1) model = parsed.state?.model ?? null;
  } catch {
    model = null;
  }
  const read = readTrainedModel(model);
  if ('model' in read) {
    const trained = read.model;
    await updateRecords('models', (records) => {
      // Another tab may have moved it already.
      const list = records.map(readModelRecord).filter((r) => r !== null);
      if (list.some((r) => r.id === LEGACY_ID)) return { put: [], remove: [], result: null };
      const usedAt = modelInUse(list) ? null : now();
      return { put: [{ ...trained, source: 'lab', id: LEGACY_ID, name: defaultName(trained), usedAt }], remove: [], result: null };
    });
  }
  forget();
}
