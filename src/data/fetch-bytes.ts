import { idxFileLength } from '../lib/mnist/idx';
import { concat } from './gunzip';
import { MnistLoadError } from './load-error';

/** How far one download has got; `total` is null until the size is known. */
export interface FetchProgress {
  loaded: number;
  total: number | null;
}

/** The first n bytes of the chunks read so far (fewer if fewer arrived). */
function head(chunks: readonly Uint8Array[], n: number): Uint8Array {
  if (chunks.length > 0 && chunks[0].length >= n) return chunks[0];
  const joined = concat(chunks, chunks.reduce((s, c) => s + c.length, 0));
  return joined.subarray(0, n);
}

/**
 * Fetches a URL as bytes, reporting progress in bytes on the wire. When a server sends a .gz with
 * Content-Encoding, the browser hands us decompressed bytes and Content-Length counts compressed
 * ones; then the IDX header tells the decompressed length, and the fraction read is scaled back
 * onto Content-Length.
 */
export async function fetchBytes(url: string, onProgress: (progress: FetchProgress) => void): Promise<Uint8Array<ArrayBuffer>> {
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
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  const report = () => {
    if (decodedLength === null) onProgress({ loaded, total: null });
    else if (decoded && wireLength !== null) onProgress({ loaded: Math.min(wireLength, Math.round((loaded / decodedLength) * wireLength)), total: wireLength });
    else onProgress({ loaded, total: decodedLength });
  };
  report();
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      loaded += value.length;
      if (decodedLength === null && loaded >= 20) decodedLength = idxFileLength(head(chunks, 20));
      report();
    }
  } catch (e) {
    throw new MnistLoadError('network', { url, reason: e instanceof Error ? e.message : String(e) }, null, `reading ${url} failed`);
  }
  const finalLength = decoded && wireLength !== null ? wireLength : loaded;
  onProgress({ loaded: finalLength, total: finalLength });
  return concat(chunks, loaded);
}
