import { isGzip } from '../lib/mnist/idx';
import { MnistLoadError } from './load-error';

/**
 * Returns the bytes decompressed when they are gzip (magic 1f 8b), untouched otherwise: a server
 * that sends a .gz with Content-Encoding has already decompressed it. Uses the browser's own
 * DecompressionStream and stops as soon as the output passes maxBytes, so a gzip bomb cannot
 * fill memory.
 */
export async function maybeGunzip(bytes: Uint8Array<ArrayBuffer>, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  if (!isGzip(bytes)) return bytes;
  const reader = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip')).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > maxBytes) {
        await reader.cancel();
        throw new MnistLoadError('unpacked-too-large', { max: maxBytes }, null, `gzip: more than ${maxBytes} bytes once decompressed`);
      }
      chunks.push(value);
    }
  } catch (e) {
    if (e instanceof MnistLoadError) throw e;
    throw new MnistLoadError('decompress', { reason: e instanceof Error ? e.message : String(e) }, null, 'gzip: the data could not be decompressed');
  }
  return concat(chunks, total);
}

/** Joins chunks into one buffer of the given total length. */
export function concat(chunks: readonly Uint8Array[], total: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
