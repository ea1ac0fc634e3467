/**
 * A set of labelled 28 × 28 digits as files: CSV in the common MNIST layout (a header
 * "label,pixel0,…,pixel783", then one digit per line: its label, then its 784 pixel values 0–255,
 * row by row) and the IDX pair MNIST itself ships (images idx3-ubyte, labels idx1-ubyte). Reading is
 * strict: every problem names the line and column (CSV) or the header field (IDX) at fault.
 */
import { parseImageSet } from '../mnist/idx';

export const DIGIT_PIXELS = 28 * 28;

/** One labelled digit: label 0–9 and 784 bytes, 0 = paper, 255 = ink. */
export interface LabelledDigit {
  label: number;
  pixels: Uint8Array;
}

/** What is wrong with a CSV file, with the numbers a message names (1-based line and column). */
export type CsvProblem =
  | { problem: 'empty' }
  | { problem: 'too-many'; max: number }
  | { problem: 'columns'; line: number; found: number }
  | { problem: 'value'; line: number; column: number; text: string }
  | { problem: 'label'; line: number; text: string };

/** More digits than a class will ever draw; keeps a huge file from freezing the tab. */
export const MAX_DIGITS = 70_000;

const HEADER = ['label', ...Array.from({ length: DIGIT_PIXELS }, (_, k) => `pixel${k}`)].join(',');

/** The digits as MNIST-layout CSV text, header first, lines ending in \n. */
export function digitsToCsv(digits: readonly LabelledDigit[]): string {
  const lines = [HEADER];
  for (const d of digits) lines.push(`${d.label},${Array.from(d.pixels).join(',')}`);
  return `${lines.join('\n')}\n`;
}

const INTEGER = /^\d{1,3}$/;

/**
 * Reads MNIST-layout CSV: an optional header (a first line that does not start with a digit), then
 * one line of 785 integers per digit. Blank lines and a trailing newline are ignored; \r\n is fine.
 */
export function digitsFromCsv(text: string): { digits: LabelledDigit[] } | CsvProblem {
  const lines = text.split(/\r?\n/);
  const digits: LabelledDigit[] = [];
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n].trim();
    if (line === '' || (n === 0 && !/^\d/.test(line))) continue;
    if (digits.length >= MAX_DIGITS) return { problem: 'too-many', max: MAX_DIGITS };
    const cells = line.split(',');
    if (cells.length !== DIGIT_PIXELS + 1) return { problem: 'columns', line: n + 1, found: cells.length };
    const label = cells[0].trim();
    if (!/^\d$/.test(label)) return { problem: 'label', line: n + 1, text: label.slice(0, 12) };
    const pixels = new Uint8Array(DIGIT_PIXELS);
    for (let k = 0; k < DIGIT_PIXELS; k++) {
      const cell = cells[k + 1].trim();
      const value = Number(cell);
      if (!INTEGER.test(cell) || value > 255) return { problem: 'value', line: n + 1, column: k + 2, text: cell.slice(0, 12) };
      pixels[k] = value;
    }
    digits.push({ label: Number(label), pixels });
  }
  return digits.length === 0 ? { problem: 'empty' } : { digits };
}

/** Writes a big-endian IDX header: two zero bytes, type 0x08, the dimension count, then each size. */
function idxHeader(dims: readonly number[]): Uint8Array {
  const header = new Uint8Array(4 + 4 * dims.length);
  const view = new DataView(header.buffer);
  header[2] = 0x08;
  header[3] = dims.length;
  dims.forEach((size, d) => view.setUint32(4 + 4 * d, size, false));
  return header;
}

/** The digits as MNIST's two IDX files: images (count × 28 × 28 bytes) and labels (count bytes). */
export function digitsToIdx(digits: readonly LabelledDigit[]): { images: Uint8Array; labels: Uint8Array } {
  const imageHeader = idxHeader([digits.length, 28, 28]);
  const images = new Uint8Array(imageHeader.length + digits.length * DIGIT_PIXELS);
  images.set(imageHeader);
  const labelHeader = idxHeader([digits.length]);
  const labels = new Uint8Array(labelHeader.length + digits.length);
  labels.set(labelHeader);
  digits.forEach((d, n) => {
    images.set(d.pixels, imageHeader.length + n * DIGIT_PIXELS);
    labels[labelHeader.length + n] = d.label;
  });
  return { images, labels };
}

/** Reads MNIST's IDX pair (throws IdxError naming what is wrong; the images must be 28 × 28). */
export function digitsFromIdx(imageBytes: Uint8Array, labelBytes: Uint8Array): LabelledDigit[] {
  const set = parseImageSet(imageBytes, labelBytes);
  return Array.from({ length: set.count }, (_, n) => ({
    label: set.labels[n],
    pixels: set.images.slice(n * DIGIT_PIXELS, (n + 1) * DIGIT_PIXELS),
  }));
}

/** A key equal for two digits exactly when label and every pixel are equal (FNV-1a over both, plus the label). */
export function digitKey(digit: LabelledDigit): string {
  let hash = 0x811c9dc5;
  for (let k = 0; k < digit.pixels.length; k++) hash = Math.imul(hash ^ digit.pixels[k], 0x01000193) >>> 0;
  return `${digit.label}:${hash.toString(16)}:${pixelSum(digit.pixels)}`;
}

function pixelSum(pixels: Uint8Array): number {
  let sum = 0;
  for (let k = 0; k < pixels.length; k++) sum += pixels[k];
  return sum;
}

function samePixels(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/**
 * The incoming digits that are new to `existing` (and to each other): a digit with the label and pixels
 * of one already there is a duplicate, however many students' files it came in.
 */
export function newDigits<T extends LabelledDigit>(existing: readonly LabelledDigit[], incoming: readonly T[]): { added: T[]; duplicates: number } {
  const seen = new Map<string, LabelledDigit[]>();
  const remember = (d: LabelledDigit) => {
    const key = digitKey(d);
    const bucket = seen.get(key);
    if (bucket) bucket.push(d);
    else seen.set(key, [d]);
  };
  existing.forEach(remember);
  const added: T[] = [];
  let duplicates = 0;
  for (const d of incoming) {
    const bucket = seen.get(digitKey(d));
    if (bucket?.some((other) => other.label === d.label && samePixels(other.pixels, d.pixels))) {
      duplicates++;
      continue;
    }
    added.push(d);
    remember(d);
  }
  return { added, duplicates };
}
