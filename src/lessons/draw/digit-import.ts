/**
 * Reads the files a user picks into labelled digits: any number of MNIST-layout CSV files, or the two
 * IDX files (images and labels). All or nothing: one bad file and nothing is taken, with a sentence
 * that names the file and what is wrong with it.
 */
import { asLoadError } from '../../data/load-error';
import { describeLoadError } from '../../data/describe';
import type { Lang } from '../../i18n/language';
import { fmt, textFor } from '../../i18n/use-text';
import { digitsFromCsv, digitsFromIdx, type CsvProblem, type LabelledDigit } from '../../lib/digits/digit-files';
import { digitSetText } from './text-digits';

/** Larger than any CSV of the most digits a set holds; a bigger file is refused unread. */
const MAX_FILE_BYTES = 200 * 1024 * 1024;

export type DigitImport = { digits: LabelledDigit[] } | { problem: string };

/** IDX starts with two zero bytes and the type 0x08; byte 3 counts the dimensions (3 images, 1 labels). */
const idxDimensions = (bytes: Uint8Array): number | null => (bytes.length >= 4 && bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0x08 ? bytes[3] : null);

function csvProblem(problem: CsvProblem, file: string, lang: Lang): string {
  const t = textFor(digitSetText, lang);
  switch (problem.problem) {
    case 'empty': return fmt(t.importCsvEmpty, { file });
    case 'too-many': return fmt(t.importCsvTooMany, { file, max: problem.max });
    case 'columns': return fmt(t.importCsvColumns, { file, line: problem.line, found: problem.found });
    case 'value': return fmt(t.importCsvValue, { file, line: problem.line, column: problem.column, text: problem.text });
    case 'label': return fmt(t.importCsvLabel, { file, line: problem.line, text: problem.text });
  }
}

export async function importDigitFiles(files: readonly File[], lang: Lang): Promise<DigitImport> {
  const t = textFor(digitSetText, lang);
  const digits: LabelledDigit[] = [];
  const idx: { images?: { name: string; bytes: Uint8Array }; labels?: { name: string; bytes: Uint8Array } } = {};
  for (const file of files) {
    if (file.size > MAX_FILE_BYTES) return { problem: fmt(t.importTooLarge, { file: file.name }) };
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch (error) {
      return { problem: describeLoadError(asLoadError(error, file.name), lang) };
    }
    const dims = idxDimensions(bytes);
    if (dims === 3 && !idx.images) idx.images = { name: file.name, bytes };
    else if (dims === 1 && !idx.labels) idx.labels = { name: file.name, bytes };
    else if (dims !== null) return { problem: t.importIdxPair };
    else if (bytes.includes(0)) return { problem: fmt(t.importUnknown, { file: file.name }) };
    else {
      const read = digitsFromCsv(new TextDecoder().decode(bytes));
      if (!('digits' in read)) return { problem: csvProblem(read, file.name, lang) };
      digits.push(...read.digits);
    }
  }
  if (idx.images || idx.labels) {
    if (!idx.images || !idx.labels) return { problem: t.importIdxPair };
    try {
      digits.push(...digitsFromIdx(idx.images.bytes, idx.labels.bytes));
    } catch (error) {
      return { problem: describeLoadError(asLoadError(error, `${idx.images.name} + ${idx.labels.name}`), lang) };
    }
  }
  return { digits };
}

/** Hands bytes or text to the browser as a file download. */
export function saveFile(name: string, data: string | Uint8Array, type: string): void {
  const url = URL.createObjectURL(new Blob([data as BlobPart], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
