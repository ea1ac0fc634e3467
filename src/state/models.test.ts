import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeDatabase, DB_NAME } from '../storage/db';
import { LEGACY_KEY } from './legacy-model';
import { HISTORY_SIZE } from './model-history';
import { createModelsStore } from './models';
import type { TrainedModel } from './trained-model';

function model(hiddenSize: number, testAccuracy: number | null, iterations = 1000, createdAt = '2026-03-01T10:00:00.000Z'): TrainedModel {
  return {
    inputSize: 784, hiddenSize, outputSize: 10,
    W1: new Float64Array(784 * hiddenSize).map((_, k) => Math.sin(k) * 0.01), b1: new Float64Array(hiddenSize), W2: new Float64Array(hiddenSize * 10).fill(0.1 + 1e-17), b2: new Float64Array(10),
    method: 'backprop', iterations, testAccuracy, augmentation: false, augmentedAccuracy: null, source: 'lab', createdAt,
  };
}

/** A store as a fresh page load would make it, on a clock that ticks 1 ms per reading. */
async function reload() {
  await closeDatabase();
  let time = 1_000;
  const store = createModelsStore(() => (time += 1));
  await store.getState().load();
  return store;
}

beforeEach(async () => {
  await closeDatabase();
  await new Promise((resolve) => { const request = indexedDB.deleteDatabase(DB_NAME); request.onsuccess = request.onerror = resolve; });
});
afterEach(() => vi.restoreAllMocks());

describe('the model history', () => {
  it('keeps a model of every size the lab allows, with its parameters exact, across a reload', async () => {
    for (const hidden of [1, 50, 350, 500]) {
      const store = await reload();
      const trained = model(hidden, 0.9);
      expect((await store.getState().add(trained)).kind).toBe('kept');
      const after = await reload();
      const inUse = after.getState().inUse;
      expect(inUse?.hiddenSize).toBe(hidden);
      expect(inUse?.W1).toBeInstanceOf(Float64Array);
      expect(inUse?.W1).toEqual(trained.W1);
      expect(inUse?.W2[0]).toBe(0.1 + 1e-17);
    }
  }, 60_000);

  it('never lets a worse model replace the one in use without the user choosing it', async () => {
    const store = await reload();
    await store.getState().add(model(50, 0.9316, 1500));
    const notice = await store.getState().add(model(50, 0.1498, 1, '2026-03-01T11:00:00.000Z'));
    expect(notice).toMatchObject({ kind: 'kept', inUse: false });
    expect(store.getState().inUse?.testAccuracy).toBe(0.9316);
    expect(store.getState().models.map((m) => m.testAccuracy)).toEqual([0.1498, 0.9316]);
    let after = await reload();
    expect(after.getState().inUse?.iterations).toBe(1500);
    // The user chooses it: then it is in use, across reloads too.
    const worse = after.getState().models[0];
    expect(await after.getState().use(worse.id)).toBe(true);
    after = await reload();
    expect(after.getState().inUse?.id).toBe(worse.id);
    // An equally good model takes over by itself; one of unknown accuracy does not.
    expect((await after.getState().add(model(50, 0.1498, 2, '2026-03-01T12:00:00.000Z'))).kind === 'kept' && after.getState().inUse?.iterations).toBe(2);
    expect(await after.getState().add(model(50, null, 3, '2026-03-01T13:00:00.000Z'))).toMatchObject({ inUse: false });
  });

  it('keeps at most HISTORY_SIZE models, never drops the one in use, and names what it dropped', async () => {
    const store = await reload();
    await store.getState().add(model(2, 0.95, 1, '2026-01-01T00:00:00.000Z'));
    let last = null;
    for (let k = 2; k <= HISTORY_SIZE + 2; k++) last = await store.getState().add(model(2, 0.5, k, `2026-01-${String(k).padStart(2, '0')}T00:00:00.000Z`));
    expect(store.getState().models).toHaveLength(HISTORY_SIZE);
    expect(store.getState().inUse?.iterations).toBe(1);
    expect(last).toMatchObject({ kind: 'kept', dropped: [{ name: '784-2-10 · backprop · 3', hiddenSize: 2, method: 'backprop', iterations: 3 }] });
    expect((await reload()).getState().models).toHaveLength(HISTORY_SIZE);
  });

  it('renames and deletes, and a second tab sees the first one’s models', async () => {
    const first = await reload();
    await first.getState().add(model(3, 0.8, 1000, '2026-03-01T10:00:00.000Z'));
    const id = first.getState().models[0].id;
    expect(await first.getState().rename(id, '  my best  ')).toBe(true);
    const second = createModelsStore();
    await second.getState().load();
    expect(second.getState().inUse?.name).toBe('my best');
    await second.getState().add(model(4, 0.85, 1000, '2026-03-01T10:00:01.000Z'));
    await first.getState().load();
    expect(first.getState().models.map((m) => m.hiddenSize)).toEqual([4, 3]);
    expect(await first.getState().remove(id)).toBe(true);
    expect((await reload()).getState().models.map((m) => m.hiddenSize)).toEqual([4]);
  });

  it('says why a write failed and holds the model for export, claiming nothing', async () => {
    const store = await reload();
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => { throw new DOMException('full', 'QuotaExceededError'); });
    const trained = model(500, 0.9);
    const notice = await store.getState().add(trained);
    expect(notice).toMatchObject({ kind: 'failed', action: 'keep', code: 'quota' });
    expect(notice.kind === 'failed' && notice.model).toBe(trained);
    expect(store.getState().models).toEqual([]);
    vi.restoreAllMocks();
    expect((await reload()).getState().models).toEqual([]);
  });

  it('moves a model saved by the first version from localStorage into the history once', async () => {
    const items = new Map<string, string>();
    vi.stubGlobal('localStorage', { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => items.set(k, v), removeItem: (k: string) => items.delete(k) });
    const { createdAt: _, ...current } = model(5, 0.92);
    const old = { ...current, W1: Array.from(model(5, 0.92).W1), b1: [0, 0, 0, 0, 0], W2: Array(50).fill(0.1), b2: Array(10).fill(0), trainedAt: '2025-12-24T08:00:00.000Z' };
    items.set(LEGACY_KEY, JSON.stringify({ state: { model: old }, version: 1 }));
    const store = await reload();
    expect(store.getState().inUse).toMatchObject({ hiddenSize: 5, testAccuracy: 0.92, createdAt: '2025-12-24T08:00:00.000Z', source: 'lab' });
    expect(items.has(LEGACY_KEY)).toBe(false);
    expect((await reload()).getState().models).toHaveLength(1);
    vi.unstubAllGlobals();
  });
});
