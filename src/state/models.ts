/**
 * The model history: every trained or imported network the user kept, in IndexedDB, and which one the
 * drawing page uses. State changes only after the storage transaction committed, so the page never says
 * "kept" for a model that is not; a failed write leaves a notice with the reason and the model to export.
 * Other tabs' changes arrive over BroadcastChannel and reload the list.
 */
import { create } from 'zustand';
import { onOtherTabChange, announceChange } from '../storage/changes';
import { getAllRecords, StorageError, updateRecords, type StorageErrorCode } from '../storage/db';
import { requestPersistence } from '../storage/quota';
import { byDate, evictions, modelInUse, replacesInUse, uniqueName } from './model-history';
import { defaultName, readModelRecord, MAX_NAME_LENGTH, type ModelRecord, type TrainedModel } from './trained-model';
import { migrateLegacyModel } from './legacy-model';
import { takeOrphanDrafts } from './run-draft';
import { downloadModel, readModelFromFile, type ModelFileProblem } from './model-file';

/** A model deleted from the history, as far as a notice names it. */
export type DroppedModel = Pick<ModelRecord, 'name' | 'inputSize' | 'hiddenSize' | 'outputSize' | 'method' | 'iterations'>;

/** What became of the latest attempt to keep, rename, delete or choose a model. */
export type ModelNotice =
  | {
      kind: 'kept';
      model: ModelRecord;
      /** Whether it is now the model in use; if not, the one in use is more accurate (or its accuracy is unknown). */
      inUse: boolean;
      /** Old models deleted to make room: their names and what a default name says of them. */
      dropped: DroppedModel[];
      /** The model of a run that was still training when its page was left. */
      recovered?: boolean;
    }
  | { kind: 'failed'; action: 'keep'; code: StorageErrorCode; model: TrainedModel }
  | { kind: 'failed'; action: 'rename' | 'remove' | 'use'; code: StorageErrorCode; model: null };

export interface AddOptions {
  /** 'if-better' (default): in use only when none is or it is at least as accurate; 'always': the user asked for it. */
  use?: 'if-better' | 'always';
  name?: string;
}

export interface ModelsState {
  /** Whether the history has been read from storage (or reading failed). */
  ready: boolean;
  /** Newest first. */
  models: ModelRecord[];
  /** The model the drawing page uses, or null. */
  inUse: ModelRecord | null;
  /** Why the history could not be read, if it could not. */
  loadError: StorageErrorCode | null;
  notice: ModelNotice | null;
  load(): Promise<void>;
  /** Keeps a model in the history; resolves with the notice it also leaves in the store. */
  add(model: TrainedModel, options?: AddOptions): Promise<ModelNotice>;
  rename(id: string, name: string): Promise<boolean>;
  remove(id: string): Promise<boolean>;
  /** Makes a kept model the one in use. */
  use(id: string): Promise<boolean>;
  /** Reads a model file and keeps it as an imported model (same rule as `add` for the model in use). */
  importFile(file: Blob, fileName: string): Promise<ModelNotice | ModelFileProblem>;
  /** Downloads a kept model (or a model that could not be kept) as a JSON file. */
  exportFile(model: TrainedModel & { name?: string }): void;
  dismissNotice(): void;
}

const codeOf = (error: unknown): StorageErrorCode => (error instanceof StorageError ? error.code : 'failed');

function records(raw: unknown[]): ModelRecord[] {
  return byDate(raw.map(readModelRecord).filter((r): r is ModelRecord => r !== null));
}

function newId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/** Makes the store; `now` is injectable so tests can order models. */
export function createModelsStore(now: () => number = Date.now) {
  return create<ModelsState>()((set, get) => {
    const show = (models: ModelRecord[]) => set({ models, inUse: modelInUse(models), ready: true, loadError: null });
    const failed = (action: 'rename' | 'remove' | 'use', error: unknown) => {
      set({ notice: { kind: 'failed', action, code: codeOf(error), model: null } });
      return false;
    };
    /** Applies `change` to one record in a transaction; the list then shows what storage holds. */
    const changeOne = async (id: string, change: (record: ModelRecord, list: ModelRecord[]) => ModelRecord | null) => {
      const after = await updateRecords('models', (raw) => {
        const list = records(raw);
        const target = list.find((r) => r.id === id);
        if (!target) return { put: [], remove: [], result: list };
        const next = change(target, list);
        if (next === null) return { put: [], remove: [id], result: list.filter((r) => r.id !== id) };
        return { put: [{ ...next }], remove: [], result: list.map((r) => (r.id === id ? next : r)) };
      });
      show(after);
      announceChange('models');
    };

    return {
      ready: false,
      models: [],
      inUse: null,
      loadError: null,
      notice: null,

      async load() {
        try {
          await migrateLegacyModel(now);
          show(records(await getAllRecords('models')));
        } catch (error) {
          set({ ready: true, loadError: codeOf(error) });
        }
      },

      async add(model, options = {}) {
        const id = newId();
        const at = now();
        let notice: ModelNotice;
        try {
          void requestPersistence();
          notice = await updateRecords('models', (raw) => {
            const list = records(raw);
            const current = modelInUse(list);
            const inUse = options.use === 'always' || replacesInUse(model, current);
            const name = uniqueName((options.name ?? defaultName(model)).slice(0, MAX_NAME_LENGTH), list.map((m) => m.name));
            const record: ModelRecord = { ...model, id, name, usedAt: inUse ? Math.max(at, (current?.usedAt ?? 0) + 1) : null };
            const all = [record, ...list];
            const dropped = evictions(all, [record.id, ...(current ? [current.id] : [])]);
            const kept = byDate(all.filter((m) => !dropped.includes(m)));
            return {
              put: [{ ...record }],
              remove: dropped.map((m) => m.id),
              result: { kind: 'kept', model: record, inUse, dropped: dropped.map(({ name, inputSize, hiddenSize, outputSize, method, iterations }) => ({ name, inputSize, hiddenSize, outputSize, method, iterations })), list: kept } as const,
            };
          }).then(({ list, ...kept }) => {
            show(list);
            return kept;
          });
          announceChange('models');
        } catch (error) {
          notice = { kind: 'failed', action: 'keep', code: codeOf(error), model };
        }
        set({ notice });
        return notice;
      },

      async rename(id, name) {
        const trimmed = name.trim().slice(0, MAX_NAME_LENGTH);
        if (trimmed === '') return false;
        try {
          await changeOne(id, (record) => ({ ...record, name: trimmed }));
          return true;
        } catch (error) {
          return failed('rename', error);
        }
      },

      async remove(id) {
        try {
          await changeOne(id, () => null);
          const { notice } = get();
          if (notice?.kind === 'kept' && notice.model.id === id) set({ notice: null });
          return true;
        } catch (error) {
          return failed('remove', error);
        }
      },

      async use(id) {
        try {
          await changeOne(id, (record, list) => ({ ...record, usedAt: Math.max(now(), (modelInUse(list)?.usedAt ?? 0) + 1) }));
          const { notice } = get();
          if (notice?.kind === 'kept' && notice.model.id === id) set({ notice: { ...notice, inUse: true } });
          return true;
        } catch (error) {
          return failed('use', error);
        }
      },

      async importFile(file, fileName) {
        const read = await readModelFromFile(file);
        if ('problem' in read) return read;
        return get().add(read.model, { name: read.name ?? fileName.replace(/\.json$/i, '') });
      },

      exportFile: (model) => downloadModel(model),

      dismissNotice: () => set({ notice: null }),
    };
  });
}

/** The one model history of the page. */
export const useModels = createModelsStore();

/** Keeps what runs had learnt when their pages were left mid-run (see run-draft.ts), as a Stop would have. */
async function keepLeftRuns(): Promise<void> {
  const drafts = await takeOrphanDrafts().catch(() => []);
  for (const model of drafts) {
    const notice = await useModels.getState().add(model);
    if (notice.kind === 'kept') useModels.setState({ notice: { ...notice, recovered: true } });
  }
}

if (typeof window !== 'undefined') {
  void useModels.getState().load().then(keepLeftRuns);
  onOtherTabChange('models', () => void useModels.getState().load());
}

/** The model the drawing page uses (null while none is chosen). */
export const useModelInUse = () => useModels((s) => s.inUse);
