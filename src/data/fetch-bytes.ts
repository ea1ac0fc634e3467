import { concat } from './gunzip';
import { MnistLoadError } from './load-error';

/** How far one download has got; `total` is null until the size is known. */
export interface FetchProgress {
  loaded: number;
  total: number | null;
}

/**
 * Fetches a URL as bytes, reporting progress per chunk. `total` comes from Content-Length, but only
 * when the body arrives as sent: with Content-Encoding the browser decodes it and the header no
 * longer counts the bytes we read.
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
  const encoded = response.headers.get('Content-Encoding');
  const total = !encoded && Number.isFinite(length) && length > 0 ? length : null;
  onProgress({ loaded: 0, total });
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      loaded += value.length;
      onProgress({ loaded, total });
    }
  } catch (e) {
    throw new MnistLoadError('network', { url, reason: e instanceof Error ? e.message : String(e) }, null, `reading ${url} failed`);
  }
  onProgress({ loaded, total: loaded });
  return concat(chunks, loaded);
}
