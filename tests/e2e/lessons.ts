/** Every lesson slug, in order, for specs that visit all pages. */
export const SLUGS = ['intro', 'mse', 'cee', 'minibatch', 'gradient-descent', 'network-gradient', 'training', 'draw'] as const;
export const LANGS = ['ko', 'en'] as const;
