import { create } from 'zustand';
import { persist, type PersistStorage } from 'zustand/middleware';
import type { LessonSlug } from './lesson-slugs';
import { checkKey } from './lesson-checks';
import { EMPTY_PROGRESS, mergeProgress, recordFrom, type ProgressRecord } from './progress-record';
import { safeJsonStorage } from '../storage/safe-storage';

export { answeredIn, progressOf, type Answer, type LessonProgress, type ProgressRecord } from './progress-record';

interface ProgressState extends ProgressRecord {
  markVisited: (slug: LessonSlug) => void;
  /** Keeps the student's committed answer to one check of a lesson. */
  answer: (slug: LessonSlug, id: string, value: string, correct: boolean) => void;
  reset: () => void;
}

const KEY = 'nnlab.progress';

/**
 * Storage that merges instead of replacing: before a tab writes its record it folds in what another
 * tab may have written since, so a visit in one tab never wipes marks made in the other.
 */
function mergingStorage(inner: PersistStorage<ProgressRecord> | undefined): PersistStorage<ProgressRecord> | undefined {
  if (!inner) return undefined;
  return {
    getItem: (name) => inner.getItem(name),
    removeItem: (name) => inner.removeItem(name),
    setItem: (name, value) => {
      const stored = inner.getItem(name);
      // localStorage answers synchronously; anything else is written as it stands.
      const before = stored && 'state' in stored ? recordFrom(stored.state) : EMPTY_PROGRESS;
      return inner.setItem(name, { ...value, state: mergeProgress(before, recordFrom(value.state)) });
    },
  };
}

/** Which lessons a student has opened and which checks they answered, kept on this device and shared by its tabs. */
export const useProgress = create<ProgressState>()(
  persist(
    (set) => ({
      ...EMPTY_PROGRESS,
      markVisited: (slug) => set((s) => (s.visited[slug] !== undefined ? s : { visited: { ...s.visited, [slug]: Date.now() } })),
      answer: (slug, id, value, correct) =>
        set((s) => {
          const at = Math.max(Date.now(), s.resetAt + 1);
          return { visited: { [slug]: at, ...s.visited }, answers: { ...s.answers, [checkKey(slug, id)]: { value, correct, at } } };
        }),
      reset: () => set({ visited: {}, answers: {}, resetAt: Date.now() }),
    }),
    {
      name: KEY,
      version: 2,
      storage: mergingStorage(safeJsonStorage<ProgressRecord>()),
      partialize: (s) => ({ visited: s.visited, answers: s.answers, resetAt: s.resetAt }),
      // Version 1 kept lists of lessons (recordFrom reads them as visits); anything older is not trusted.
      migrate: (persisted, version) => (version === 1 ? recordFrom(persisted) : EMPTY_PROGRESS),
      merge: (persisted, current) => ({ ...current, ...mergeProgress(current, recordFrom(persisted)) }),
    },
  ),
);

// Another tab wrote: fold its record into this tab's (merge above), so both show the same marks.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === KEY || event.key === null) void useProgress.persist.rehydrate();
  });
}
