/**
 * The IDX file format of MNIST (and Fashion-MNIST), read strictly:
 * bytes 0–1 are zero, byte 2 is the element type (0x08 = unsigned byte), byte 3 the number of
 * dimensions D, then D big-endian uint32 sizes, then exactly Π sizes bytes of data.
 */
import type { ImageSet } from './types';

/** What is wrong with an IDX file; the UI turns the code and values into a sentence. */
export type IdxErrorCode =
  | 'too-short'
  | 'bad-magic'
  | 'bad-type'
  | 'bad-dimension-count'
  | 'truncated'
  | 'trailing-bytes'
  | 'too-large'
  | 'not-images'
  | 'not-labels'
  | 'bad-image-size'
  | 'empty'
  | 'count-mismatch'
  | 'bad-label';

/** Thrown for a malformed file; `values` holds the numbers that the message names. */
export class IdxError extends Error {
  readonly code: IdxErrorCode;
  readonly values: Readonly<Record<string, number>>;
  constructor(code: IdxErrorCode, values: Record<string, number>, message: string) {
    super(message);
    this.name = 'IdxError';
    this.code = code;
    this.values = values;
  }
}

/** A parsed IDX file: its sizes and a view (not a copy) of its data bytes. */
export interface IdxArray {
  dims: number[];
  data: Uint8Array;
}

/** IDX element type 0x08: unsigned byte, the only type MNIST uses. */
const UNSIGNED_BYTE = 0x08;
/** More dimensions than any image or label file has; keeps a corrupt header from describing nonsense. */
const MAX_DIMENSIONS = 4;
/** MNIST and Fashion-MNIST images are 28 × 28. */
export const IMAGE_SIDE = 28;

/** True when bytes start with the gzip magic 1f 8b (a .gz that has not been decompressed yet). */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * The whole file length 4 + 4·D + Π dims that an IDX header announces, or null while fewer than
 * 4 + 4·D bytes are at hand or when they are not an IDX header. Lets a download measure progress
 * on bytes a server has already decompressed.
 */
export function idxFileLength(head: Uint8Array): number | null {
  if (head.length < 4 || head[0] !== 0 || head[1] !== 0 || head[3] < 1 || head[3] > MAX_DIMENSIONS) return null;
  const headerLength = 4 + 4 * head[3];
  if (head.length < headerLength) return null;
  const view = new DataView(head.buffer, head.byteOffset, headerLength);
  let length = 1;
  for (let d = 0; d < head[3]; d++) length *= view.getUint32(4 + 4 * d, false);
  return headerLength + length;
}

/**
 * Parses IDX bytes → { dims, data } with data of length Π dims (a view into bytes).
 * The claimed size is checked against the real length before anything is read, so a lying header
 * cannot cause a large allocation; `maxElements` bounds what a caller is willing to accept.
 */
export function parseIdx(bytes: Uint8Array, maxElements = 2 ** 28): IdxArray {
  if (bytes.length < 4) throw new IdxError('too-short', { length: bytes.length, needed: 4 }, `IDX: ${bytes.length} bytes is shorter than the 4-byte magic number`);
  if (bytes[0] !== 0 || bytes[1] !== 0) {
    throw new IdxError('bad-magic', { magic: (bytes[0] << 24 | bytes[1] << 16 | bytes[2] << 8 | bytes[3]) >>> 0 }, 'IDX: the file does not start with two zero bytes');
  }
  if (bytes[2] !== UNSIGNED_BYTE) throw new IdxError('bad-type', { type: bytes[2] }, `IDX: element type 0x${bytes[2].toString(16)} is not unsigned byte (0x08)`);
  const rank = bytes[3];
  if (rank < 1 || rank > MAX_DIMENSIONS) {
    throw new IdxError('bad-dimension-count', { count: rank, max: MAX_DIMENSIONS }, `IDX: ${rank} dimensions (expected 1 to ${MAX_DIMENSIONS})`);
  }
  const headerLength = 4 + 4 * rank;
  if (bytes.length < headerLength) {
    throw new IdxError('too-short', { length: bytes.length, needed: headerLength }, `IDX: ${bytes.length} bytes is shorter than the ${headerLength}-byte header`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, headerLength);
  const dims: number[] = [];
  let expected = 1;
  for (let d = 0; d < rank; d++) {
    const size = view.getUint32(4 + 4 * d, false);
    dims.push(size);
    expected *= size;
  }
  if (expected > maxElements) {
    throw new IdxError('too-large', { elements: expected, max: maxElements }, `IDX: the header claims ${expected} values, more than the ${maxElements} allowed`);
  }
  const actual = bytes.length - headerLength;
  if (actual < expected) throw new IdxError('truncated', { expected, actual }, `IDX: the header promises ${expected} data bytes but only ${actual} follow`);
  if (actual > expected) throw new IdxError('trailing-bytes', { expected, actual }, `IDX: ${actual - expected} bytes follow the ${expected} data bytes`);
  return { dims, data: bytes.subarray(headerLength) };
}

/**
 * An ImageSet from a parsed images file (count × 28 × 28) and labels file (count,), labels in 0…9.
 * Pixels and labels stay the files' own bytes (views, no copies, no floats).
 */
export function imageSetFromIdx(images: IdxArray, labels: IdxArray): ImageSet {
  if (images.dims.length !== 3) throw new IdxError('not-images', { dimensions: images.dims.length }, `IDX: an images file has 3 dimensions, this one has ${images.dims.length}`);
  if (labels.dims.length !== 1) throw new IdxError('not-labels', { dimensions: labels.dims.length }, `IDX: a labels file has 1 dimension, this one has ${labels.dims.length}`);
  const [count, rows, cols] = images.dims;
  if (rows !== IMAGE_SIDE || cols !== IMAGE_SIDE) {
    throw new IdxError('bad-image-size', { rows, cols, side: IMAGE_SIDE }, `IDX: images are ${rows} × ${cols}, expected ${IMAGE_SIDE} × ${IMAGE_SIDE}`);
  }
  if (count === 0) throw new IdxError('empty', {}, 'IDX: the images file holds no images');
  if (labels.dims[0] !== count) {
    throw new IdxError('count-mismatch', { images: count, labels: labels.dims[0] }, `IDX: ${count} images but ${labels.dims[0]} labels`);
  }
  const bad = labels.data.findIndex((label) => label > 9);
  if (bad >= 0) throw new IdxError('bad-label', { index: bad, label: labels.data[bad] }, `IDX: label ${labels.data[bad]} at index ${bad} is not a digit class 0–9`);
  return { count, rows, cols, images: images.data, labels: labels.data };
}

/** Parses an images file and a labels file into one ImageSet; throws IdxError naming what is wrong. */
export function parseImageSet(imageBytes: Uint8Array, labelBytes: Uint8Array): ImageSet {
  return imageSetFromIdx(parseIdx(imageBytes), parseIdx(labelBytes));
}

/** The pixels of image n: a rows·cols view into the set, no copy. */
export function imageAt(set: ImageSet, n: number): Uint8Array {
  const size = set.rows * set.cols;
  return set.images.subarray(n * size, (n + 1) * size);
}
