import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { closeDatabase, deleteRecord, getAllRecords, getRecord, putRecord, StorageError, storageErrorCode } from './db';

afterEach(() => closeDatabase());

describe('the durable store', () => {
  it('keeps records with their binary arrays as arrays, replaces by id and deletes', async () => {
    const W1 = Float32Array.from([0.5, -1.25, 3]);
    await putRecord('models', { id: 'a', name: 'first', W1 });
    await putRecord('models', { id: 'b', name: 'second', W1 });
    await putRecord('models', { id: 'a', name: 'renamed', W1 });
    const all = (await getAllRecords('models')) as { id: string; name: string; W1: Float32Array }[];
    expect(all.map((r) => [r.id, r.name])).toEqual([['a', 'renamed'], ['b', 'second']]);
    expect(all[0].W1).toBeInstanceOf(Float32Array);
    expect(Array.from(all[0].W1)).toEqual([0.5, -1.25, 3]);
    await deleteRecord('models', 'a');
    expect(await getRecord('models', 'a')).toBeUndefined();
    expect(await getAllRecords('runs')).toEqual([]);
  });

  it('names why a write failed: a full quota, storage that is not there, anything else', () => {
    expect(storageErrorCode(new DOMException('full', 'QuotaExceededError'))).toBe('quota');
    expect(storageErrorCode(new DOMException('gone', 'InvalidStateError'))).toBe('unavailable');
    expect(storageErrorCode(new Error('odd'))).toBe('failed');
    expect(new StorageError('quota', 'x')).toMatchObject({ code: 'quota', name: 'StorageError' });
  });
});
