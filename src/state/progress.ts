import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { LESSON_SLUGS, type LessonSlug } from './lesson-slugs';
import { safeJsonStorage } from '../storage/safe-storage';

export type LessonProgress = 'new' | 'visited' | 'completed';

interface Stored {
  visited: LessonSlug[];
  completed: LessonSlug[];
}

interface ProgressState extends Stored {
  markVisited: (slug: LessonSlug) => void;
  markCompleted: (slug: LessonSlug) => void;
  reset: () => void;
}

/** Known lesson slugs from an unknown value, each once, in lesson order. */
export function slugsFrom(value: unknown): LessonSlug[] {
  if (!Array.isArray(value)) return [];
  return LESSON_SLUGS.filter((slug) => value.includes(slug));
}

/** Stored progress from anything found in storage; unknown shapes count as no progress. */
export function storedFrom(value: unknown): Stored {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const completed = slugsFrom(v.completed);
  // A completed lesson was necessarily opened.
  const visited = LESSON_SLUGS.filter((s) => completed.includes(s) || slugsFrom(v.visited).includes(s));
  return { visited, completed };
}

/** Where a student stands in one lesson. */
export function progressOf(state: Stored, slug: LessonSlug): LessonProgress {
  if (state.completed.includes(slug)) return 'completed';
  return state.visited.includes(slug) ? 'visited' : 'new';
}

const add = (list: LessonSlug[], slug: LessonSlug) => (list.includes(slug) ? list : LESSON_SLUGS.filter((s) => s === slug || list.includes(s)));

/** Which lessons a student has opened and finished, kept on this device. */
export const useProgress = create<ProgressState>()(
  persist(
    (set) => ({
      visited: [],
      completed: [],
      markVisited: (slug) => set((s) => (s.visited.includes(slug) ? s : { visited: add(s.visited, slug) })),
      markCompleted: (slug) =>
        set((s) => (s.completed.includes(slug) ? s : { visited: add(s.visited, slug), completed: add(s.completed, slug) })),
      reset: () => set({ visited: [], completed: [] }),
    }),
    {
      name: 'nnlab.progress',
      version: 1,
      storage: safeJsonStorage(),
      partialize: (s) => ({ visited: s.visited, completed: s.completed }),
      // No earlier format exists: anything stored under another version starts afresh.
      migrate: () => ({ visited: [], completed: [] }),
      merge: (persisted, current) => ({ ...current, ...storedFrom(persisted) }),
    },
  ),
);
