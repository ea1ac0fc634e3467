import { isGzip } from '../lib/mnist/idx';
import { concat } from './concat';
import { MnistLoadError } from './load-error';

export { concat };

/** Reads a stream to the end, stopping as soon as it passes maxBytes so a gzip bomb cannot fill memory. */
async function readAll(stream: ReadableStream<Uint8Array<ArrayBuffer>>, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return concat(chunks, total);
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel();
      throw new MnistLoadError('unpacked-too-large', { max: maxBytes }, null, `more than ${maxBytes} bytes once decompressed`);
    }
    chunks.push(value);
  }
}

/**
 * Reads a stream of file bytes, decompressing them on the fly with the browser's DecompressionStream
 * when they start with the gzip magic 1f 8b, and passing them through otherwise (a server that sends
 * a .gz with Content-Encoding has already decompressed it). Decompression overlaps the download.
 */
export async function readMaybeGzip(stream: ReadableStream<Uint8Array<ArrayBuffer>>, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const reader = stream.getReader();
  const head: Uint8Array<ArrayBuffer>[] = [];
  let headLength = 0;
  while (headLength < 2) {
    const { done, value } = await reader.read();
    if (done) break;
    head.push(value);
    headLength += value.length;
  }
  const rest = new ReadableStream<Uint8Array<ArrayBuffer>>({
    start: (controller) => head.forEach((chunk) => controller.enqueue(chunk)),
    pull: async (controller) => {
      const { done, value } = await reader.read();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    cancel: (reason) => reader.cancel(reason),
  });
  if (!isGzip(concat(head, headLength))) return readAll(rest, maxBytes);
  try {
    return await readAll(rest.pipeThrough(new DecompressionStream('gzip')), maxBytes);
  } catch (e) {
    if (e instanceof MnistLoadError) throw e;
    throw new MnistLoadError('decompress', { reason: e instanceof Error ? e.message : String(e) }, null, 'gzip: the data could not be decompressed');
  }
}

/**
 * The bytes decompressed when they are gzip, the same bytes otherwise; output capped at maxBytes.
 * The browser's decoder (off the main thread) reads the usual single-member file; one it refuses may
 * still be valid gzip (several members, zero padding), which gunzipMembers reads.
 */
export async function maybeGunzip(bytes: Uint8Array<ArrayBuffer>, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  if (!isGzip(bytes)) return bytes;
  try {
    return await readMaybeGzip(new Blob([bytes]).stream(), maxBytes);
  } catch (error) {
    if (!(error instanceof MnistLoadError) || error.code !== 'decompress') throw error;
    const { gunzipMembers } = await import('./gzip-members');
    return gunzipMembers(bytes, maxBytes);
  }
}
