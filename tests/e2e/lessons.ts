/** Every lesson slug, in order, for specs that visit all pages. */
export { LESSON_SLUGS as SLUGS } from '../../src/state/lesson-slugs';
export const LANGS = ['ko', 'en'] as const;
