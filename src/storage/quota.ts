/**
 * The browser's storage budget: ask once for persistent storage (so the browser does not evict a
 * user's models under pressure) and report how much space the origin uses.
 */

export interface StorageUsage {
  /** Bytes used by this origin, and the origin's quota, as the browser estimates them. */
  usage: number;
  quota: number;
  /** Whether the browser promised not to evict this origin's data. */
  persisted: boolean;
}

let asked: Promise<boolean> | null = null;

/** Asks for persistent storage the first time the user keeps something; later calls share the answer. */
export function requestPersistence(): Promise<boolean> {
  asked ??= (async () => {
    try {
      if (typeof navigator === 'undefined' || !navigator.storage?.persist) return false;
      if (await navigator.storage.persisted()) return true;
      return await navigator.storage.persist();
    } catch {
      return false;
    }
  })();
  return asked;
}

/** The space used and available, or null where the browser does not say. */
export async function storageUsage(): Promise<StorageUsage | null> {
  try {
    if (typeof navigator === 'undefined' || !navigator.storage?.estimate) return null;
    const [{ usage = 0, quota = 0 }, persisted] = await Promise.all([navigator.storage.estimate(), navigator.storage.persisted?.() ?? Promise.resolve(false)]);
    return { usage, quota, persisted };
  } catch {
    return null;
  }
}
