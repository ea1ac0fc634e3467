/**
 * The browser's durable store for what a user makes: trained models, run histories and labelled
 * digit sets, kept in IndexedDB (binary arrays stay binary) through `idb`. Small settings stay in
 * localStorage (safe-storage.ts). Every failure comes back as a StorageError with a code the page can
 * word in the user's language; nothing here claims a write that did not happen.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

/** The kinds of record kept; each owner module defines and validates its own record type. */
export type StoreName = 'models' | 'runs' | 'digits' | 'drafts';

/** 'drafts': the model of a run in progress, one per tab, so that leaving the page mid-run does not lose it. */
export const STORE_NAMES: readonly StoreName[] = ['models', 'runs', 'digits', 'drafts'];

/** Every record has a string id; the rest is the owner's business (and is validated on reading). */
export interface StoredRecord {
  id: string;
  [field: string]: unknown;
}

interface LabSchema extends DBSchema {
  models: { key: string; value: StoredRecord };
  runs: { key: string; value: StoredRecord };
  digits: { key: string; value: StoredRecord };
  drafts: { key: string; value: StoredRecord };
}

export const DB_NAME = 'nnlab';
const DB_VERSION = 2;

/** Why a read or write failed: storage full, not available (private mode, disabled, old browser), or anything else. */
export type StorageErrorCode = 'quota' | 'unavailable' | 'failed';

export class StorageError extends Error {
  constructor(readonly code: StorageErrorCode, detail: string) {
    super(detail);
    this.name = 'StorageError';
  }
}

/** The code of a DOMException or other failure from IndexedDB. */
export function storageErrorCode(error: unknown): StorageErrorCode {
  const name = error instanceof Error || (typeof error === 'object' && error !== null && 'name' in error) ? String((error as { name: unknown }).name) : '';
  if (name === 'QuotaExceededError') return 'quota';
  if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'NotFoundError' || name === 'UnknownError') return 'unavailable';
  return 'failed';
}

function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  return new StorageError(storageErrorCode(error), error instanceof Error ? error.message : String(error));
}

let opening: Promise<IDBPDatabase<LabSchema>> | null = null;

/** The database, opened once per page (and opened again after a failure or a close). */
function database(): Promise<IDBPDatabase<LabSchema>> {
  if (typeof indexedDB === 'undefined') return Promise.reject(new StorageError('unavailable', 'IndexedDB is not available'));
  opening ??= openDB<LabSchema>(DB_NAME, DB_VERSION, {
    upgrade(db) {
      for (const name of STORE_NAMES) if (!db.objectStoreNames.contains(name)) db.createObjectStore(name, { keyPath: 'id' });
    },
    // Another tab opened a newer version: let it, and reopen on next use.
    blocking() {
      void opening?.then((db) => db.close());
      opening = null;
    },
    terminated() {
      opening = null;
    },
  }).catch((error: unknown) => {
    opening = null;
    throw toStorageError(error);
  });
  return opening;
}

/** Writes (adds or replaces) one record; resolves only once the transaction has committed. */
export async function putRecord(store: StoreName, record: StoredRecord): Promise<void> {
  try {
    const db = await database();
    const tx = db.transaction(store, 'readwrite');
    await Promise.all([tx.store.put(record), tx.done]);
  } catch (error) {
    throw toStorageError(error);
  }
}

/** Every record of a store, in key order (unvalidated: the owner checks each). */
export async function getAllRecords(store: StoreName): Promise<unknown[]> {
  try {
    return await (await database()).getAll(store);
  } catch (error) {
    throw toStorageError(error);
  }
}

export async function getRecord(store: StoreName, id: string): Promise<unknown> {
  try {
    return await (await database()).get(store, id);
  } catch (error) {
    throw toStorageError(error);
  }
}

/** What a read-modify-write decides: records to write and ids to delete, plus anything the caller wants back. */
export interface StoreChange<T> {
  put: StoredRecord[];
  remove: string[];
  result: T;
}

/**
 * Reads every record of a store and applies `decide`'s writes and deletions in the same transaction, so
 * another tab cannot slip a change in between; resolves with `decide`'s result once the transaction committed.
 */
export async function updateRecords<T>(store: StoreName, decide: (records: unknown[]) => StoreChange<T>): Promise<T> {
  try {
    const db = await database();
    const tx = db.transaction(store, 'readwrite');
    const change = decide(await tx.store.getAll());
    await Promise.all([...change.put.map((record) => tx.store.put(record)), ...change.remove.map((id) => tx.store.delete(id)), tx.done]);
    return change.result;
  } catch (error) {
    throw toStorageError(error);
  }
}

export async function deleteRecord(store: StoreName, id: string): Promise<void> {
  try {
    const db = await database();
    const tx = db.transaction(store, 'readwrite');
    await Promise.all([tx.store.delete(id), tx.done]);
  } catch (error) {
    throw toStorageError(error);
  }
}

/** Closes the connection (tests, and before deleting the database). */
export async function closeDatabase(): Promise<void> {
  const pending = opening;
  opening = null;
  if (pending) (await pending.catch(() => null))?.close();
}
