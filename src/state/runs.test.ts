import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDatabase, putRecord, updateRecords } from '../storage/db';
import { runFileText } from './run-file';
import { sampleRun } from '../../tests/unit/run-fixture';
import { createRunsStore } from './runs';

beforeEach(() => updateRecords('runs', (raw) => ({ put: [], remove: raw.map((r) => (r as { id: string }).id), result: null })));
afterEach(() => closeDatabase());

describe('the run history', () => {
  it('keeps runs newest first, renames and deletes them, and forgets a deleted run on the charts', async () => {
    const store = createRunsStore();
    const first = await store.getState().add(sampleRun({ createdAt: '2026-12-01T10:00:00.000Z' }), 1);
    const second = await store.getState().add(sampleRun({ createdAt: '2026-12-01T11:00:00.000Z' }), 2);
    expect(store.getState().runs.map((r) => r.id)).toEqual([second?.id, first?.id]);
    expect(store.getState().latest).toEqual({ runId: 2, id: second?.id });
    await store.getState().rename(first?.id ?? '', 'baseline');
    store.getState().toggle(first?.id ?? '');
    expect(store.getState().selected).toEqual([first?.id]);
    const reread = createRunsStore();
    await reread.getState().load();
    expect(reread.getState().runs.map((r) => r.name)).toEqual([second?.name, 'baseline']);
    await store.getState().remove(first?.id ?? '');
    expect(store.getState().runs.map((r) => r.id)).toEqual([second?.id]);
    expect(store.getState().selected).toEqual([]);
  });

  it('lists a run that just ended at once, marked as saving until storage has it, also across a reload of the list', async () => {
    const store = createRunsStore();
    const adding = store.getState().add(sampleRun(), 3);
    const [listed] = store.getState().runs;
    expect(listed).toBeDefined();
    expect(store.getState().saving).toEqual([listed.id]);
    await store.getState().load();
    expect(store.getState().runs.map((r) => r.id)).toEqual([listed.id]);
    const kept = await adding;
    expect(kept?.id).toBe(listed.id);
    expect(store.getState().saving).toEqual([]);
    expect(store.getState().runs.map((r) => r.id)).toEqual([listed.id]);
    const reread = createRunsStore();
    await reread.getState().load();
    expect(reread.getState().runs.map((r) => r.id)).toEqual([listed.id]);
  });

  it('takes a run that storage refused off the list again, and says why', async () => {
    const store = createRunsStore();
    // A function cannot be cloned into IndexedDB: the transaction fails.
    const unstorable = { ...sampleRun(), extra: () => 0 };
    const adding = store.getState().add(unstorable);
    expect(store.getState().runs).toHaveLength(1);
    expect(await adding).toBeNull();
    expect(store.getState()).toMatchObject({ runs: [], saving: [], notice: { kind: 'failed', action: 'keep' } });
  });

  it('leaves a record it cannot read where it is, and counts it', async () => {
    await putRecord('runs', { id: 'odd', name: 'from a future version' });
    const store = createRunsStore();
    await store.getState().load();
    expect(store.getState()).toMatchObject({ runs: [], unreadable: 1 });
  });

  it('imports a file once, skipping runs already kept, and takes nothing from a bad file', async () => {
    const store = createRunsStore();
    const kept = await store.getState().add(sampleRun());
    const file = (text: string) => new Blob([text], { type: 'application/json' });
    const other = { ...sampleRun(), id: 'other', name: 'from another browser' };
    const text = runFileText([...(kept ? [kept] : []), other]);
    expect(await store.getState().importFile(file(text))).toEqual({ kind: 'imported', added: 1, skipped: 1 });
    expect(await store.getState().importFile(file('not json'))).toEqual({ problem: 'not-json' });
    expect(store.getState().runs).toHaveLength(2);
  });

  it('numbers a repeat of the same settings, and takes an id given twice in one file once', async () => {
    const store = createRunsStore();
    const first = await store.getState().add(sampleRun({ createdAt: '2026-12-01T10:00:00.000Z' }));
    const again = await store.getState().add(sampleRun({ createdAt: '2026-12-01T11:00:00.000Z' }));
    expect(again?.name).toBe(`${first?.name ?? ''} (2)`);
    const twin = { ...sampleRun(), id: 'twin', name: 'twin' };
    const text = runFileText([twin, twin]);
    expect(await store.getState().importFile(new Blob([text]))).toEqual({ kind: 'imported', added: 1, skipped: 1 });
    expect(store.getState().runs.filter((r) => r.id === 'twin')).toHaveLength(1);
  });

  it('says a file that cannot be read is not a run file, and keeps the history', async () => {
    const store = createRunsStore();
    await store.getState().add(sampleRun());
    const unreadable = { size: 10, text: () => Promise.reject(new Error('gone')) } as unknown as Blob;
    expect(await store.getState().importFile(unreadable)).toEqual({ problem: 'not-json' });
    expect(store.getState().runs).toHaveLength(1);
  });
});
