/**
 * The run history: every finished or stopped run of the lab, in IndexedDB, and which of them the
 * charts overlay. Like the model history, renames, deletions and imports change the list only after the
 * storage transaction committed, a failure leaves a notice with its reason, and other tabs' changes
 * reload the list. A run that just ended is the exception: it is listed at once, marked as saving until
 * its transaction commits, and taken off again if storage refuses it.
 */
import { create } from 'zustand';
import { announceChange, onOtherTabChange } from '../storage/changes';
import { getAllRecords, StorageError, updateRecords, type StorageErrorCode, type StoredRecord } from '../storage/db';
import { requestPersistence } from '../storage/quota';
import { uniqueName } from './model-history';
import { readRunsFromFile, type RunFileProblem } from './run-file';
import { defaultRunName, readRunRecord, runsByDate, type RunOutcome, type RunRecord } from './run-record';
import { MAX_NAME_LENGTH } from './trained-model';

export type RunAction = 'keep' | 'rename' | 'remove' | 'import';

export type RunNotice =
  | { kind: 'failed'; action: RunAction; code: StorageErrorCode; run: RunOutcome | null }
  | { kind: 'imported'; added: number; skipped: number };

export interface RunsState {
  ready: boolean;
  /** Newest first. */
  runs: RunRecord[];
  loadError: StorageErrorCode | null;
  /** Records that storage holds but that could not be read (kept there, not shown). */
  unreadable: number;
  notice: RunNotice | null;
  /** Ids of the runs drawn on the charts. */
  selected: string[];
  /** Ids of runs listed at once when they ended whose storage transaction has not committed yet. */
  saving: string[];
  /** The record the lab's latest run was kept as, with that run's id in the training store. */
  latest: { runId: number; id: string } | null;
  load(): Promise<void>;
  /** Keeps a run; resolves with its record, or null when storage refused (the notice says why). */
  add(run: RunOutcome, runId?: number): Promise<RunRecord | null>;
  rename(id: string, name: string): Promise<boolean>;
  remove(id: string): Promise<boolean>;
  /** Adds a file's runs (skipping those already kept); the history is untouched when the file is bad. */
  importFile(file: Blob): Promise<RunNotice | RunFileProblem>;
  toggle(id: string): void;
  dismissNotice(): void;
}

const codeOf = (error: unknown): StorageErrorCode => (error instanceof StorageError ? error.code : 'failed');

function records(raw: unknown[]): RunRecord[] {
  return runsByDate(raw.map(readRunRecord).filter((r): r is RunRecord => r !== null));
}

function newId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

const stored = (run: RunRecord): StoredRecord => ({ ...run });

export function createRunsStore() {
  return create<RunsState>()((set, get) => {
    /**
     * Runs being kept, listed before storage has them: the commit can take a second or two on a slow
     * laptop, and a run that ended must not look lost meanwhile.
     */
    const pending = new Map<string, RunRecord>();
    const show = (raw: unknown[]) => {
      const read = records(raw);
      const unsaved = [...pending.values()].filter((p) => !read.some((r) => r.id === p.id));
      const runs = unsaved.length > 0 ? runsByDate([...read, ...unsaved]) : read;
      set({ runs, unreadable: raw.length - read.length, ready: true, loadError: null, selected: get().selected.filter((id) => runs.some((r) => r.id === id)) });
    };
    const settled = (id: string) => {
      pending.delete(id);
      set(({ saving }) => ({ saving: saving.filter((s) => s !== id) }));
    };
    const failed = (action: RunAction, error: unknown, run: RunOutcome | null = null) => {
      set({ notice: { kind: 'failed', action, code: codeOf(error), run } });
      return false;
    };
    /** Applies a change in one transaction and shows what storage then holds. */
    const change = async (decide: (raw: unknown[]) => { put: StoredRecord[]; remove: string[] }) => {
      const after = await updateRecords('runs', (raw) => {
        const { put, remove } = decide(raw);
        const rest = raw.filter((r) => !remove.includes((r as StoredRecord).id) && !put.some((p) => p.id === (r as StoredRecord).id));
        return { put, remove, result: [...rest, ...put] };
      });
      show(after);
      announceChange('runs');
    };

    return {
      ready: false,
      runs: [],
      loadError: null,
      unreadable: 0,
      notice: null,
      selected: [],
      saving: [],
      latest: null,

      async load() {
        try {
          show(await getAllRecords('runs'));
        } catch (error) {
          set({ ready: true, loadError: codeOf(error) });
        }
      },

      async add(run, runId) {
        // A reset keeps the seed, so the same settings run again get the same name: number the repeats.
        const record: RunRecord = { ...run, id: newId(), name: uniqueName(defaultRunName(run), get().runs.map((r) => r.name)) };
        pending.set(record.id, record);
        set(({ runs, saving }) => ({ runs: runsByDate([...runs, record]), saving: [...saving, record.id] }));
        try {
          void requestPersistence();
          await change(() => ({ put: [stored(record)], remove: [] }));
          settled(record.id);
          if (runId !== undefined) set({ latest: { runId, id: record.id } });
          return record;
        } catch (error) {
          settled(record.id);
          set(({ runs, selected }) => ({ runs: runs.filter((r) => r.id !== record.id), selected: selected.filter((s) => s !== record.id) }));
          failed('keep', error, run);
          return null;
        }
      },

      async rename(id, name) {
        const trimmed = name.trim().slice(0, MAX_NAME_LENGTH);
        if (trimmed === '') return false;
        try {
          await change((raw) => {
            const target = records(raw).find((r) => r.id === id);
            return { put: target ? [stored({ ...target, name: trimmed })] : [], remove: [] };
          });
          return true;
        } catch (error) {
          return failed('rename', error);
        }
      },

      async remove(id) {
        try {
          await change(() => ({ put: [], remove: [id] }));
          return true;
        } catch (error) {
          return failed('remove', error);
        }
      },

      async importFile(file) {
        // A file that cannot be read (moved, permission lost) is a file that is not a run file.
        const read = await readRunsFromFile(file).catch((): RunFileProblem => ({ problem: 'not-json' }));
        if ('problem' in read) return read;
        try {
          let notice: RunNotice = { kind: 'imported', added: 0, skipped: 0 };
          await change((raw) => {
            const kept = new Set(raw.map((r) => (r as StoredRecord).id));
            // An id twice in one file is one run: the second copy counts as skipped.
            const fresh: RunRecord[] = [];
            for (const run of read.runs) {
              if (kept.has(run.id)) continue;
              kept.add(run.id);
              fresh.push(run);
            }
            notice = { kind: 'imported', added: fresh.length, skipped: read.runs.length - fresh.length };
            return { put: fresh.map(stored), remove: [] };
          });
          set({ notice });
          return notice;
        } catch (error) {
          failed('import', error);
          return get().notice as RunNotice;
        }
      },

      toggle: (id) => set(({ selected }) => ({ selected: selected.includes(id) ? selected.filter((s) => s !== id) : [...selected, id] })),

      dismissNotice: () => set({ notice: null }),
    };
  });
}

/** The one run history of the page. */
export const useRuns = createRunsStore();

if (typeof window !== 'undefined') {
  void useRuns.getState().load();
  onOtherTabChange('runs', () => void useRuns.getState().load());
}
