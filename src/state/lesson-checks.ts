import type { LessonSlug } from './lesson-slugs';

/**
 * The predict-then-check questions of each lesson, by id, in the order they appear. A lesson is
 * finished when every one of its checks has been answered. The questions themselves (text, options,
 * answers) live with their lessons; a test keeps the two lists equal.
 */
export const LESSON_CHECKS = {
  intro: ['step', 'epochs'],
  mse: ['worst', 'uniform'],
  cee: ['tenth', 'numpy-nan', 'confident'],
  minibatch: ['shape', 'repeat', 'uniform'],
  'numerical-diff': ['central', 'tiny-h', 'best-h'],
  'gradient-descent': ['half', 'one', 'ten'],
  'network-gradient': ['scores', 'sign', 'step'],
  training: ['first-loss', 'naive-count', 'kink'],
  draw: ['inputs', 'sum'],
} as const satisfies Record<LessonSlug, readonly string[]>;

export type CheckId<S extends LessonSlug> = (typeof LESSON_CHECKS)[S][number];

/** The key under which an answer is kept: `<lesson>/<check>`. */
export function checkKey(slug: LessonSlug, id: string): string {
  return `${slug}/${id}`;
}

/** Every check key of every lesson. */
export const ALL_CHECK_KEYS: readonly string[] = (Object.keys(LESSON_CHECKS) as LessonSlug[]).flatMap((slug) =>
  LESSON_CHECKS[slug].map((id) => checkKey(slug, id)),
);
