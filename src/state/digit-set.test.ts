import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeDatabase, DB_NAME, putRecord } from '../storage/db';
import { createDigitSetStore } from './digit-set';

const pixels = (seed: number) => Uint8Array.from({ length: 784 }, (_, k) => ((k * 31 + seed * 17) % 97 < 12 ? 200 : 0));

/** A store as a fresh page load would make it, on a clock that ticks one second per digit. */
async function reload() {
  await closeDatabase();
  let time = Date.UTC(2026, 4, 1);
  let id = 0;
  const store = createDigitSetStore(() => new Date((time += 1000)), () => `d${++id}-${time}`);
  await store.getState().load();
  return store;
}

beforeEach(async () => {
  await closeDatabase();
  await new Promise((resolve) => { const request = indexedDB.deleteDatabase(DB_NAME); request.onsuccess = request.onerror = resolve; });
});
afterEach(() => vi.restoreAllMocks());

describe('the digit set', () => {
  it('keeps labelled drawings across a reload, newest first, with their pixels exact', async () => {
    const store = await reload();
    await store.getState().add(7, pixels(1));
    await store.getState().add(2, pixels(2));
    await store.getState().add(7, pixels(3));
    const after = await reload();
    const { digits, unsaved, problem } = after.getState();
    expect(digits.map((d) => d.label)).toEqual([7, 2, 7]);
    expect(Buffer.from(digits[2].pixels).equals(Buffer.from(pixels(1)))).toBe(true);
    expect(unsaved).toEqual([]);
    expect(problem).toBeNull();
    await after.getState().remove(digits[1].id);
    expect((await reload()).getState().digits.map((d) => d.label)).toEqual([7, 7]);
  });

  it('merges imported digits and skips the ones it already has', async () => {
    const store = await reload();
    await store.getState().add(3, pixels(1));
    const result = await store.getState().addMany([{ label: 3, pixels: pixels(1) }, { label: 4, pixels: pixels(2) }, { label: 4, pixels: pixels(2) }]);
    expect(result).toEqual({ added: 1, duplicates: 2 });
    const after = await reload();
    expect(after.getState().digits.map((d) => [d.label, d.origin])).toEqual([[4, 'imported'], [3, 'drawn']]);
  });

  it('holds a drawing in memory when storage is full, says why, and saves it once storage is back', async () => {
    const store = await reload();
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => { throw new DOMException('full', 'QuotaExceededError'); });
    const digit = await store.getState().add(5, pixels(4));
    expect(store.getState()).toMatchObject({ problem: 'quota', unsaved: [digit.id] });
    expect(store.getState().digits.map((d) => d.id)).toEqual([digit.id]);
    // Another tab's change reloads the list: the unsaved drawing stays.
    await store.getState().load();
    expect(store.getState().digits.map((d) => d.id)).toEqual([digit.id]);
    put.mockRestore();
    await store.getState().retry();
    expect(store.getState()).toMatchObject({ problem: null, unsaved: [] });
    expect((await reload()).getState().digits.map((d) => d.label)).toEqual([5]);
  });

  it('says so when storage cannot be opened at all, and still holds new drawings', async () => {
    vi.spyOn(indexedDB, 'open').mockImplementation(() => { throw new DOMException('no', 'SecurityError'); });
    const store = await reload();
    expect(store.getState()).toMatchObject({ ready: true, problem: 'unavailable' });
    await store.getState().add(1, pixels(5));
    expect(store.getState().digits).toHaveLength(1);
    expect(store.getState().unsaved).toHaveLength(1);
  });

  it('skips stored records that are not digits', async () => {
    await putRecord('digits', { id: 'bad', label: 12, pixels: new Uint8Array(784), createdAt: '2026-01-01T00:00:00.000Z' });
    await putRecord('digits', { id: 'short', label: 1, pixels: new Uint8Array(10), createdAt: '2026-01-01T00:00:00.000Z' });
    await putRecord('digits', { id: 'ok', label: 1, pixels: new Uint8Array(784), createdAt: '2026-01-01T00:00:00.000Z' });
    expect((await reload()).getState().digits.map((d) => d.id)).toEqual(['ok']);
  });
});
