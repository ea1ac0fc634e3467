/**
 * The lessons, in the order of the notes: the route vocabulary (`#/<slug>`). A leaf module, so that
 * stores and lessons can name lessons without importing the registry that loads their pages.
 */
export const LESSON_SLUGS = ['intro', 'mse', 'cee', 'minibatch', 'numerical-diff', 'gradient-descent', 'network-gradient', 'training', 'draw'] as const;

export type LessonSlug = (typeof LESSON_SLUGS)[number];
