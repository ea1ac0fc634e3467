/**
 * What this device keeps for lessons without a network, beyond the app itself: the MNIST files and
 * KaTeX's fonts, in the service worker's runtime caches. The page never writes those caches: it
 * fetches through the service worker, which stores what it serves, and then checks what is there.
 */
import { MNIST_FILES } from '../data/bundled-mnist';
import type { FetchProgress } from '../data/fetch-bytes';
import { MNIST_CACHE } from './cache-names';

export interface OfflineDeps {
  caches: Pick<CacheStorage, 'open' | 'delete'>;
  /** Absolute URL of an app-relative path. */
  resolve: (path: string) => string;
  /** Downloads one MNIST file (through the service worker), reporting bytes on the wire. */
  download: (url: string, onProgress: (progress: FetchProgress) => void) => Promise<void>;
  /** Fetches a small file (a font, a chunk) through the service worker. */
  fetchSmall: (url: string) => Promise<void>;
  /** The small files kept beside MNIST: every font the stylesheets name, the on-demand chunks. */
  smallFiles: () => Promise<{ cache: string; url: string }[]>;
  /** Resolves after `ms` milliseconds. */
  sleep: (ms: number) => Promise<void>;
}

export interface StoredData {
  /** How many of the MNIST files are stored, of how many. */
  files: number;
  of: number;
  /** Bytes the stored MNIST files take. */
  bytes: number;
}

/** The service worker stores a file just after serving it (repacking it first): wait this long at most. */
const STORE_WAIT_MS = 60_000;
const STORE_POLL_MS = 200;

export function mnistUrls(deps: Pick<OfflineDeps, 'resolve'>): string[] {
  return Object.values(MNIST_FILES).map((name) => deps.resolve(`data/mnist/${name}`));
}

/** The size of a stored response: its Content-Length, or its body's size when it has none. */
async function storedSize(response: Response): Promise<number> {
  const length = Number(response.headers.get('Content-Length'));
  return Number.isFinite(length) && length > 0 ? length : (await response.blob()).size;
}

/** Which MNIST files are stored, and the space they take. */
export async function storedData(deps: Pick<OfflineDeps, 'caches' | 'resolve'>): Promise<StoredData> {
  const urls = mnistUrls(deps);
  const cache = await deps.caches.open(MNIST_CACHE);
  let files = 0;
  let bytes = 0;
  for (const url of urls) {
    const response = await cache.match(url);
    if (!response) continue;
    files++;
    bytes += await storedSize(response);
  }
  return { files, of: urls.length, bytes };
}

/**
 * Downloads whatever of MNIST and the fonts is not stored yet, reporting the MNIST bytes as they
 * arrive, and resolves once the service worker has stored all of MNIST. Rejects when it has not
 * done so in time (no service worker in control, storage refused).
 */
export async function prepareOffline(
  deps: OfflineDeps,
  onProgress: (progress: { loaded: number; total: number }) => void,
  /** `fonts`: also the small files (fonts, on-demand chunks). */
  options: { fonts: boolean } = { fonts: true },
): Promise<StoredData> {
  const mnist = await deps.caches.open(MNIST_CACHE);
  const missing: string[] = [];
  for (const url of mnistUrls(deps)) if (!(await mnist.match(url))) missing.push(url);

  const progress = new Map<string, FetchProgress>();
  const report = () => {
    let loaded = 0;
    let total = 0;
    for (const p of progress.values()) {
      loaded += p.loaded;
      total += p.total ?? Number.NaN;
    }
    const known = progress.size === missing.length && Number.isFinite(total);
    onProgress({ loaded, total: known ? Math.max(total, loaded) : 0 });
  };
  const smallMissing: string[] = [];
  // A font or a code text that fails only draws in a fallback face or asks for a network later:
  // never a reason to fail the rest.
  const small = options.fonts ? await deps.smallFiles().catch(() => []) : [];
  for (const { cache, url } of small) if (!(await (await deps.caches.open(cache)).match(url))) smallMissing.push(url);
  await Promise.all([
    ...missing.map((url) => deps.download(url, (p) => { progress.set(url, p); report(); })),
    ...smallMissing.map((url) => deps.fetchSmall(url).catch(() => undefined)),
  ]);

  for (let waited = 0; ; waited += STORE_POLL_MS) {
    const stored = await storedData(deps);
    if (stored.files === stored.of) return stored;
    if (waited >= STORE_WAIT_MS) throw new Error(`only ${stored.files} of ${stored.of} MNIST files were stored`);
    await deps.sleep(STORE_POLL_MS);
  }
}

/** Removes the stored MNIST (the fonts are small and stay with the app). */
export async function removeOffline(deps: Pick<OfflineDeps, 'caches'>): Promise<void> {
  await deps.caches.delete(MNIST_CACHE);
}

/**
 * Files the page loaded before the service worker controlled it (a first visit: fonts, an MNIST
 * lesson's page) went past the worker; fetching them once more through it keeps them, from the
 * browser's HTTP cache mostly.
 */
export async function keepLoaded(deps: Pick<OfflineDeps, 'caches' | 'fetchSmall'>, loaded: readonly { cache: string; url: string }[]): Promise<void> {
  for (const { cache, url } of loaded) {
    if (!(await (await deps.caches.open(cache)).match(url))) await deps.fetchSmall(url).catch(() => undefined);
  }
}
