import type { ImageSet } from '../lib/mnist/types';
import type { DataSetName, ToWorker } from './protocol';

type DataPart = Extract<ToWorker, { type: 'data-set' | 'data-images' | 'data-end' }>;

/** Image slices small enough that copying one never blocks the page for long (a few ms). */
export const SLICE_BYTES = 4 * 1024 * 1024;

/** The messages that carry one data set to the worker in parts; each slice is its own buffer, to transfer. */
export function* dataParts(sets: Record<DataSetName, ImageSet>): Generator<{ message: DataPart; transfer: Transferable[] }> {
  for (const name of ['train', 'test'] as const) {
    const { count, rows, cols, labels, images } = sets[name];
    yield { message: { type: 'data-set', set: name, count, rows, cols, labels: labels.slice() }, transfer: [] };
    for (let offset = 0; offset < images.length; offset += SLICE_BYTES) {
      const bytes = images.slice(offset, offset + SLICE_BYTES);
      yield { message: { type: 'data-images', set: name, offset, bytes }, transfer: [bytes.buffer] };
    }
  }
  yield { message: { type: 'data-end' }, transfer: [] };
}

/** Puts the parts back together in the worker; returns the whole load-data message once the end arrives. */
export class DataAssembler {
  private sets: Partial<Record<DataSetName, ImageSet>> = {};

  accept(message: DataPart): Extract<ToWorker, { type: 'load-data' }> | null {
    if (message.type === 'data-set') {
      const { set, count, rows, cols, labels } = message;
      this.sets[set] = { count, rows, cols, labels, images: new Uint8Array(count * rows * cols) };
      return null;
    }
    if (message.type === 'data-images') {
      const target = this.sets[message.set];
      if (!target || message.offset + message.bytes.length > target.images.length) throw new RangeError(`data slice at ${message.offset} does not fit the ${message.set} set`);
      target.images.set(message.bytes, message.offset);
      return null;
    }
    const { train, test } = this.sets;
    this.sets = {};
    if (!train || !test) throw new RangeError('data ended before both sets arrived');
    return { type: 'load-data', train, test };
  }
}

/** True for the messages that DataAssembler takes. */
export function isDataPart(message: ToWorker): message is DataPart {
  return message.type === 'data-set' || message.type === 'data-images' || message.type === 'data-end';
}
