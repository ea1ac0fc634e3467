import { parseIdx, type IdxArray } from '../lib/mnist/idx';
import type { Dataset } from '../lib/mnist/types';
import { parsePair } from './bundled-mnist';
import { maybeGunzip } from './gunzip';
import { asLoadError, MnistLoadError } from './load-error';

/** Bigger than any MNIST-format file we can train on in a tab; refuse before reading a byte. */
export const MAX_USER_FILE_BYTES = 128 * 1024 * 1024;

interface ReadFile {
  name: string;
  bytes: Uint8Array;
  parsed: IdxArray;
}

/** Reads one user file: size check, gunzip when gzip, strict IDX parse. Errors name the file. */
async function readIdxFile(file: File): Promise<ReadFile> {
  try {
    if (file.size > MAX_USER_FILE_BYTES) {
      throw new MnistLoadError('file-too-large', { size: file.size, max: MAX_USER_FILE_BYTES }, file.name, `${file.name} is ${file.size} bytes`);
    }
    const bytes = await maybeGunzip(new Uint8Array(await file.arrayBuffer()), MAX_USER_FILE_BYTES);
    return { name: file.name, bytes, parsed: parseIdx(bytes) };
  } catch (e) {
    throw asLoadError(e, file.name);
  }
}

/** 'test' for names like t10k-… or …test…, 'train' for …train…, otherwise unknown. */
function roleFromName(name: string): 'train' | 'test' | null {
  if (/t10k|test/i.test(name)) return 'test';
  if (/train/i.test(name)) return 'train';
  return null;
}

/** Orders a pair as [train, test]: by file name when that decides it, else the larger file is training. */
function trainThenTest(pair: ReadFile[], kind: 'images' | 'labels'): [ReadFile, ReadFile] {
  const [a, b] = pair;
  const ra = roleFromName(a.name);
  const rb = roleFromName(b.name);
  if (ra && rb && ra !== rb) return ra === 'train' ? [a, b] : [b, a];
  if (a.parsed.dims[0] !== b.parsed.dims[0]) return a.parsed.dims[0] > b.parsed.dims[0] ? [a, b] : [b, a];
  throw new MnistLoadError('file-pairing', { kind, first: a.name, second: b.name }, null, `cannot tell which ${kind} file is training and which is test`);
}

/**
 * Builds a Dataset from the user's four IDX files (plain or .gz, in any order): training images and
 * labels, test images and labels, as MNIST and Fashion-MNIST ship them.
 */
export async function datasetFromFiles(files: readonly File[]): Promise<Dataset> {
  if (files.length !== 4) throw new MnistLoadError('file-count', { count: files.length }, null, `expected 4 files, got ${files.length}`);
  // One file at a time, so a bad first file fails fast and peak memory stays near the largest file.
  const read: ReadFile[] = [];
  for (const file of files) read.push(await readIdxFile(file));
  const images = read.filter((f) => f.parsed.dims.length === 3);
  const labels = read.filter((f) => f.parsed.dims.length === 1);
  if (images.length !== 2 || labels.length !== 2) {
    throw new MnistLoadError('file-kinds', { images: images.length, labels: labels.length }, null, `expected 2 image files and 2 label files, got ${images.length} and ${labels.length}`);
  }
  const [trainImages, testImages] = trainThenTest(images, 'images');
  const [trainLabels, testLabels] = trainThenTest(labels, 'labels');
  return {
    name: trainImages.name,
    train: parsePair(trainImages.bytes, trainLabels.bytes, `${trainImages.name} + ${trainLabels.name}`),
    test: parsePair(testImages.bytes, testLabels.bytes, `${testImages.name} + ${testLabels.name}`),
  };
}
