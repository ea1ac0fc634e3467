import { idxFileLength } from '../lib/mnist/idx';
import { concat, readMaybeGzip } from './gunzip';
import { MnistLoadError } from './load-error';

/** How far one download has got; `total` is null until the size is known. */
export interface FetchProgress {
  loaded: number;
  total: number | null;
}

/** Enough bytes for any IDX header (4 + 4·4). */
const HEADER_BYTES = 20;

/**
 * Fetches an IDX file (gzip or not) and returns its decompressed bytes, reporting progress in
 * bytes on the wire. When a server sends the .gz with Content-Encoding, the browser hands us
 * decompressed bytes while Content-Length counts compressed ones; then the IDX header tells the
 * decompressed length, and the fraction read is scaled back onto Content-Length.
 */
export async function fetchIdxBytes(url: string, maxBytes: number, onProgress: (progress: FetchProgress) => void): Promise<Uint8Array<ArrayBuffer>> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (e) {
    throw new MnistLoadError('network', { url, reason: e instanceof Error ? e.message : String(e) }, null, `fetch ${url} failed`);
  }
  if (!response.ok || !response.body) {
    throw new MnistLoadError('http', { url, status: response.status }, null, `fetch ${url}: HTTP ${response.status}`);
  }
  const length = Number(response.headers.get('Content-Length'));
  const wireLength = Number.isFinite(length) && length > 0 ? length : null;
  const decoded = response.headers.get('Content-Encoding') !== null;
  let decodedLength: number | null = decoded ? null : wireLength;
  const head: Uint8Array<ArrayBuffer>[] = [];
  let loaded = 0;
  const report = (done: boolean) => {
    const finalLength = decoded && wireLength !== null ? wireLength : loaded;
    if (done) onProgress({ loaded: finalLength, total: finalLength });
    else if (decodedLength === null) onProgress({ loaded, total: null });
    else if (decoded && wireLength !== null) onProgress({ loaded: Math.min(wireLength, Math.round((loaded / decodedLength) * wireLength)), total: wireLength });
    else onProgress({ loaded, total: decodedLength });
  };
  report(false);

  const reader = response.body.getReader();
  const counted = new ReadableStream<Uint8Array<ArrayBuffer>>({
    pull: async (controller) => {
      let chunk: ReadableStreamReadResult<Uint8Array<ArrayBuffer>>;
      try {
        chunk = await reader.read();
      } catch (e) {
        controller.error(new MnistLoadError('network', { url, reason: e instanceof Error ? e.message : String(e) }, null, `reading ${url} failed`));
        return;
      }
      if (chunk.done) {
        report(true);
        controller.close();
        return;
      }
      loaded += chunk.value.length;
      if (decodedLength === null && loaded - chunk.value.length < HEADER_BYTES) {
        head.push(chunk.value);
        decodedLength = idxFileLength(concat(head, loaded).subarray(0, HEADER_BYTES));
      }
      report(false);
      controller.enqueue(chunk.value);
    },
    cancel: (reason) => reader.cancel(reason),
  });
  return readMaybeGzip(counted, maxBytes);
}
