import { describe, expect, it } from 'vitest';
import { FONT_CACHE, MNIST_CACHE, ON_DEMAND_CACHE } from './cache-names';
import { keepLoaded, mnistUrls, prepareOffline, removeOffline, storedData, type OfflineDeps } from './offline-data';

/** Cache storage in memory; `put` stands in for the service worker storing what it served. */
function fakeCaches() {
  const stores = new Map<string, Map<string, Response>>();
  const open = async (name: string) => {
    if (!stores.has(name)) stores.set(name, new Map());
    const store = stores.get(name)!;
    return {
      match: async (url: string) => store.get(url)?.clone(),
      put: async (url: string, response: Response) => void store.set(url, response),
    } as unknown as Cache;
  };
  return { stores, caches: { open, delete: async (name: string) => stores.delete(name) } };
}

function setup(options: { storeAfterPolls?: number; failUrl?: string } = {}) {
  const { stores, caches } = fakeCaches();
  const downloads: string[] = [];
  const fonts: string[] = [];
  const pending: (() => Promise<void>)[] = [];
  const deps: OfflineDeps = {
    caches,
    resolve: (path) => `https://app.test/${path}`,
    download: async (url, onProgress) => {
      if (url === options.failUrl) throw new Error('offline');
      downloads.push(url);
      onProgress({ loaded: 50, total: 100 });
      onProgress({ loaded: 100, total: 100 });
      // The worker stores the response a little after serving it.
      pending.push(async () => (await caches.open(MNIST_CACHE)).put(url, new Response('x'.repeat(100), { headers: { 'Content-Length': '100' } })));
    },
    fetchSmall: async (url) => {
      fonts.push(url);
      await (await caches.open(url.endsWith('.js') ? ON_DEMAND_CACHE : FONT_CACHE)).put(url, new Response('small'));
    },
    smallFiles: async () => [
      { cache: FONT_CACHE, url: 'https://app.test/assets/KaTeX_Main-Regular-x.woff2' },
      { cache: ON_DEMAND_CACHE, url: 'https://app.test/assets/source-losses-x.js' },
    ],
    sleep: async () => {
      for (const store of pending.splice(0)) await store();
    },
  };
  return { deps, stores, downloads, fonts };
}

describe('offline data', () => {
  it('downloads every MNIST file and the fonts, reports the bytes and waits until all are stored', async () => {
    const { deps, downloads, fonts } = setup();
    const reports: { loaded: number; total: number }[] = [];
    const stored = await prepareOffline(deps, (p) => reports.push(p));
    expect(downloads).toEqual(mnistUrls(deps));
    expect(fonts).toEqual(['https://app.test/assets/KaTeX_Main-Regular-x.woff2', 'https://app.test/assets/source-losses-x.js']);
    expect(stored).toEqual({ files: 4, of: 4, bytes: 400 });
    expect(reports.at(-1)).toEqual({ loaded: 400, total: 400 });
    // No total until every file's size is known, so the percentage never runs backwards.
    expect(reports[0].total).toBe(0);
  });

  it('downloads only what is missing, and nothing at all the second time', async () => {
    const { deps, downloads } = setup();
    const [first] = mnistUrls(deps);
    await (await deps.caches.open(MNIST_CACHE)).put(first, new Response('abc'));
    await prepareOffline(deps, () => undefined);
    expect(downloads).not.toContain(first);
    expect(downloads).toHaveLength(3);
    downloads.length = 0;
    await prepareOffline(deps, () => undefined);
    expect(downloads).toEqual([]);
  });

  it('counts a stored file without Content-Length by its body', async () => {
    const { deps } = setup();
    const [first] = mnistUrls(deps);
    await (await deps.caches.open(MNIST_CACHE)).put(first, new Response('abcde'));
    expect(await storedData(deps)).toEqual({ files: 1, of: 4, bytes: 5 });
  });

  it('fails when a download fails, and keeps what was stored', async () => {
    const { deps } = setup({ failUrl: 'https://app.test/data/mnist/test-labels.idx1.gz' });
    await expect(prepareOffline(deps, () => undefined)).rejects.toThrow('offline');
  });

  it('only the MNIST files: no fonts, no code texts', async () => {
    const { deps, fonts } = setup();
    await prepareOffline(deps, () => undefined, { fonts: false });
    expect(fonts).toEqual([]);
  });

  it('removes MNIST and keeps the fonts', async () => {
    const { deps, stores } = setup();
    await prepareOffline(deps, () => undefined);
    await removeOffline(deps);
    expect(await storedData(deps)).toEqual({ files: 0, of: 4, bytes: 0 });
    expect(stores.get(FONT_CACHE)?.size).toBe(1);
  });
});

describe('files loaded before the service worker took over', () => {
  it('are fetched once more through it, unless already kept', async () => {
    const { deps, fonts } = setup();
    await (await deps.caches.open(FONT_CACHE)).put('https://app.test/assets/KaTeX_Size1-a.woff2', new Response('f'));
    await keepLoaded(deps, [
      ...['https://app.test/assets/KaTeX_Size1-a.woff2', 'https://app.test/assets/KaTeX_Main-b.woff2'].map((url) => ({ cache: FONT_CACHE, url })),
      { cache: ON_DEMAND_CACHE, url: 'https://app.test/assets/later-lesson-draw-c.js' },
    ]);
    expect(fonts).toEqual(['https://app.test/assets/KaTeX_Main-b.woff2', 'https://app.test/assets/later-lesson-draw-c.js']);
  });
});
