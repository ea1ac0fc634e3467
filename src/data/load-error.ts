import { IdxError, type IdxErrorCode } from '../lib/mnist/idx';

/** Why loading MNIST (or the user's own IDX files) failed; the UI words it in the user's language. */
export type MnistLoadCode =
  | IdxErrorCode
  | 'network'
  | 'http'
  | 'decompress'
  | 'unpacked-too-large'
  | 'file-too-large'
  | 'file-unreadable'
  | 'file-count'
  | 'file-kinds'
  | 'file-pairing';

/** A load failure: a code, the numbers a message names, and the file it concerns (if one). */
export class MnistLoadError extends Error {
  readonly code: MnistLoadCode;
  readonly values: Readonly<Record<string, string | number>>;
  readonly file: string | null;
  constructor(code: MnistLoadCode, values: Record<string, string | number>, file: string | null, message: string) {
    super(message);
    this.name = 'MnistLoadError';
    this.code = code;
    this.values = values;
    this.file = file;
  }
}

/** Wraps anything thrown while reading one file into a MnistLoadError that names the file. */
export function asLoadError(error: unknown, file: string): MnistLoadError {
  if (error instanceof MnistLoadError) return error.file ? error : new MnistLoadError(error.code, { ...error.values }, file, error.message);
  if (error instanceof IdxError) return new MnistLoadError(error.code, { ...error.values }, file, error.message);
  const message = error instanceof Error ? error.message : String(error);
  return new MnistLoadError('file-unreadable', { reason: message }, file, message);
}
