/**
 * The user's own digits: drawings labelled with what they really are, kept in IndexedDB (`digits`)
 * so they survive reloads, and merged with imported files. A digit that storage refuses (full,
 * private mode, disabled) stays in memory, marked unsaved, until it can be written or exported:
 * a drawing is never lost because the store failed. Other tabs' changes reload the list.
 */
import { create } from 'zustand';
import { DIGIT_PIXELS, newDigits, type LabelledDigit } from '../lib/digits/digit-files';
import { announceChange, onOtherTabChange } from '../storage/changes';
import { getAllRecords, StorageError, updateRecords, type StorageErrorCode } from '../storage/db';
import { isIsoDate } from './trained-model';
import { requestPersistence } from '../storage/quota';

/** One kept digit. */
export interface DigitRecord extends LabelledDigit {
  id: string;
  /** ISO date it was labelled or imported. */
  createdAt: string;
  origin: 'drawn' | 'imported';
}

/** A stored record if it is a usable digit, else null (a corrupt or foreign record is skipped). */
export function readDigitRecord(value: unknown): DigitRecord | null {
  if (typeof value !== 'object' || value === null) return null;
  const r = value as Record<string, unknown>;
  if (typeof r.id !== 'string' || r.id === '') return null;
  if (!Number.isInteger(r.label) || (r.label as number) < 0 || (r.label as number) > 9) return null;
  if (!(r.pixels instanceof Uint8Array) || r.pixels.length !== DIGIT_PIXELS) return null;
  if (!isIsoDate(r.createdAt)) return null;
  return { id: r.id, label: r.label as number, pixels: r.pixels, createdAt: r.createdAt, origin: r.origin === 'imported' ? 'imported' : 'drawn' };
}

export interface DigitSetState {
  ready: boolean;
  /** Newest first; includes the unsaved ones. */
  digits: DigitRecord[];
  /** Ids of digits held only in memory because storage refused them. */
  unsaved: string[];
  /** Why the latest read or write failed (null after a success). */
  problem: StorageErrorCode | null;
  load(): Promise<void>;
  /** Keeps one labelled drawing; resolves with it (saved or, if storage failed, held in memory). */
  add(label: number, pixels: Uint8Array): Promise<DigitRecord>;
  /** Merges digits from a file; duplicates of kept digits (or of each other) are skipped. */
  addMany(digits: readonly LabelledDigit[]): Promise<{ added: number; duplicates: number }>;
  remove(id: string): Promise<void>;
  /** Tries to write the unsaved digits again. */
  retry(): Promise<void>;
}

const codeOf = (error: unknown): StorageErrorCode => (error instanceof StorageError ? error.code : 'failed');

let counter = 0;

/** A unique id; crypto.randomUUID exists only in secure contexts (not on a classroom's plain-http LAN address). */
function uniqueId(): string {
  if (typeof crypto !== 'undefined' && 'randomUUID' in crypto) return crypto.randomUUID();
  counter++;
  return `digit-${Date.now().toString(36)}-${counter.toString(36)}`;
}

const newest = (a: DigitRecord, b: DigitRecord) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id);

/** Makes the store; `now` and `newId` are injectable so tests can order and name digits. */
export function createDigitSetStore(now: () => Date = () => new Date(), newId: () => string = uniqueId) {
  return create<DigitSetState>()((set, get) => {
    /** Writes records in one transaction; on failure they stay in memory as unsaved. */
    const write = async (records: DigitRecord[]) => {
      const ids = new Set(records.map((r) => r.id));
      const withoutThem = get().digits.filter((d) => !ids.has(d.id));
      set({ digits: [...records, ...withoutThem].sort(newest) });
      try {
        void requestPersistence();
        await updateRecords('digits', () => ({ put: records.map((r) => ({ ...r })), remove: [], result: null }));
        set((s) => ({ unsaved: s.unsaved.filter((id) => !ids.has(id)), problem: null }));
        announceChange('digits');
      } catch (error) {
        set((s) => ({ unsaved: [...new Set([...s.unsaved, ...ids])], problem: codeOf(error) }));
      }
    };
    const record = (digit: LabelledDigit, origin: DigitRecord['origin']): DigitRecord => ({
      id: newId(), label: digit.label, pixels: digit.pixels.slice(), createdAt: now().toISOString(), origin,
    });

    return {
      ready: false,
      digits: [],
      unsaved: [],
      problem: null,

      async load() {
        try {
          const stored = (await getAllRecords('digits')).map(readDigitRecord).filter((r): r is DigitRecord => r !== null);
          const { digits, unsaved } = get();
          const memoryOnly = digits.filter((d) => unsaved.includes(d.id) && !stored.some((s) => s.id === d.id));
          set({ digits: [...stored, ...memoryOnly].sort(newest), ready: true, problem: null });
        } catch (error) {
          set({ ready: true, problem: codeOf(error) });
        }
      },

      async add(label, pixels) {
        const digit = record({ label, pixels }, 'drawn');
        await write([digit]);
        return digit;
      },

      async addMany(digits) {
        const { added, duplicates } = newDigits(get().digits, digits);
        if (added.length > 0) await write(added.map((d) => record(d, 'imported')));
        return { added: added.length, duplicates };
      },

      async remove(id) {
        const { unsaved } = get();
        set((s) => ({ digits: s.digits.filter((d) => d.id !== id), unsaved: s.unsaved.filter((u) => u !== id) }));
        if (unsaved.includes(id)) return;
        try {
          await updateRecords('digits', () => ({ put: [], remove: [id], result: null }));
          announceChange('digits');
        } catch (error) {
          set({ problem: codeOf(error) });
        }
      },

      async retry() {
        const { digits, unsaved } = get();
        await write(digits.filter((d) => unsaved.includes(d.id)));
      },
    };
  });
}

/** The one digit set of the page. */
export const useDigitSet = createDigitSetStore();

if (typeof window !== 'undefined') {
  void useDigitSet.getState().load();
  onOtherTabChange('digits', () => void useDigitSet.getState().load());
}
