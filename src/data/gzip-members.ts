/**
 * gzip as RFC 1952 defines it: a file is one or more members one after another (what `cat a.gz b.gz`
 * makes), and tools such as tape archivers pad the end with zero bytes. The browser's
 * DecompressionStream reads only the first member and calls anything after it junk; this reads every
 * member with fflate and ignores a run of zeros at the end.
 */
import { Gunzip } from 'fflate';
import { concat } from './concat';
import { MnistLoadError } from './load-error';

/** Input handed to the decoder at a time, so a gzip bomb is stopped soon after it passes the cap. */
const PART = 1 << 16;
/** A member ends with an 8-byte trailer (CRC-32, size) whose last bytes may themselves be zeros. */
const TRAILER = 8;

function inflateAll(bytes: Uint8Array, maxBytes: number): Uint8Array<ArrayBuffer> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const gunzip = new Gunzip((chunk) => {
    total += chunk.length;
    if (total > maxBytes) throw new MnistLoadError('unpacked-too-large', { max: maxBytes }, null, `more than ${maxBytes} bytes once decompressed`);
    chunks.push(chunk);
  });
  for (let start = 0; start < bytes.length; start += PART) gunzip.push(bytes.subarray(start, start + PART), start + PART >= bytes.length);
  return concat(chunks, total);
}

/** Every member of a gzip file, decompressed and joined; zero padding after the last member is ignored. */
export function gunzipMembers(bytes: Uint8Array, maxBytes: number): Uint8Array<ArrayBuffer> {
  try {
    return inflateAll(bytes, maxBytes);
  } catch (error) {
    if (error instanceof MnistLoadError) throw error;
    let end = bytes.length;
    while (end > 0 && bytes[end - 1] === 0) end--;
    // Padding was read as the start of another member: try again without it, keeping a trailer's own zeros.
    for (let cut = end; cut < bytes.length && cut <= end + TRAILER; cut++) {
      try {
        return inflateAll(bytes.subarray(0, cut), maxBytes);
      } catch (retry) {
        if (retry instanceof MnistLoadError) throw retry;
      }
    }
    throw new MnistLoadError('decompress', { reason: error instanceof Error ? error.message : String(error) }, null, 'gzip: the data could not be decompressed');
  }
}
