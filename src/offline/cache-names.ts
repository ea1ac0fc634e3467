/**
 * The service worker's runtime caches, named here once for the worker's build config and the page.
 * Neither is a precache, so an update of the app (which replaces the precache) leaves them alone:
 * MNIST's URLs never change and its bytes are the same in every build.
 */
export const MNIST_CACHE = 'nnlab-mnist';
/** KaTeX's fonts, kept as the lessons first draw a formula (most of the 20 files are never needed). */
export const FONT_CACHE = 'nnlab-fonts';

/** The paths (relative to the app) that each runtime cache holds. */
export const MNIST_PATH = /\/data\/mnist\/[\w.-]+\.gz$/;
export const FONT_PATH = /\/assets\/KaTeX_[\w-]+\.woff2$/;

/**
 * Chunks left out of the precache so that a first visit stays small, kept as they are first loaded
 * and by "Prepare": the source text behind "show the code", and the pages of the lessons that work
 * on MNIST, which need the network on their first use for the 11 MB of data anyway.
 */
export const ON_DEMAND_CACHE = 'nnlab-on-demand';
export const ON_DEMAND_PREFIX = 'assets/later-';
export const ON_DEMAND_PATH = /\/assets\/later-[\w.-]+\.js$/;
/** The page modules of the lessons that work on MNIST. */
export const MNIST_LESSON_PAGE = /\/src\/lessons\/(minibatch|training|draw)\/Page\.tsx$/;
/** Each lesson's NumPy versions of its code, shown in "show the code" on request. */
export const NUMPY_SNIPPETS = /\/src\/lessons\/([\w-]+)\/numpy\.ts$/;
/** The build's list of its files (Vite's manifest), which "Prepare" reads to find the on-demand chunks. */
export const BUILD_MANIFEST = 'asset-manifest.json';
