import { createJSONStorage, type PersistStorage } from 'zustand/middleware';
import { storageErrorCode, type StorageErrorCode } from './db';

/** Why small settings could not be written, once that has happened (null while every write worked). */
let problem: StorageErrorCode | null = null;
const listeners = new Set<() => void>();

function noteFailure(error: unknown): void {
  if (problem !== null) return;
  const code = storageErrorCode(error);
  problem = code === 'failed' ? 'unavailable' : code;
  listeners.forEach((listener) => listener());
}

/** For useSyncExternalStore: whether settings (language, progress, presenter) can be kept on this device. */
export const settingsProblem = (): StorageErrorCode | null => problem;

export function onSettingsProblem(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Tries one small write: a localStorage filled before the app loaded (or turned off) is found at once,
 * not only when the user first changes a setting.
 */
export function probeSettingsStorage(): void {
  const key = 'nnlab.probe';
  try {
    localStorage.setItem(key, '1');
    localStorage.removeItem(key);
  } catch (error) {
    noteFailure(error);
  }
}

/**
 * JSON localStorage for zustand's persist that treats unreadable data (corrupt JSON,
 * storage disabled, quota errors) as "nothing stored" instead of throwing during start-up.
 */
export function safeJsonStorage<S>(): PersistStorage<S> | undefined {
  return createJSONStorage<S>(() => ({
    getItem: (name) => {
      try {
        const raw = localStorage.getItem(name);
        if (raw === null) return null;
        JSON.parse(raw);
        return raw;
      } catch {
        return null;
      }
    },
    setItem: (name, value) => {
      try {
        localStorage.setItem(name, value);
      } catch (error) {
        // Private mode or a full quota: the app keeps working without persistence, and says so once.
        noteFailure(error);
      }
    },
    removeItem: (name) => {
      try {
        localStorage.removeItem(name);
      } catch {
        // Same as above.
      }
    },
  }));
}
