import { createJSONStorage, type PersistStorage } from 'zustand/middleware';

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
      } catch {
        // Private mode or a full quota: the app keeps working without persistence.
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
