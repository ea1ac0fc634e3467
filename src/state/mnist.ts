import { create } from 'zustand';
import { loadBundledMnist } from '../data/bundled-mnist';
import { MnistLoadError } from '../data/load-error';
import { datasetFromFiles } from '../data/user-files';
import type { Dataset } from '../lib/mnist/types';

export type MnistStatus = 'idle' | 'loading' | 'ready' | 'error';

interface MnistState {
  status: MnistStatus;
  /** Bytes of the bundled files received so far, and their total (as they cross the network). */
  loadedBytes: number;
  totalBytes: number;
  /** The data every page uses: bundled MNIST, or the user's own files once they loaded. */
  dataset: Dataset | null;
  /** Where the current dataset came from. */
  source: 'bundled' | 'files' | null;
  /** The last failure, for the UI to word; cleared by the next success. */
  error: MnistLoadError | null;
  /** True while the user's files are being read (the current dataset stays usable meanwhile). */
  readingFiles: boolean;
  /** Makes sure a dataset is there (downloading the bundled one once) and returns it; rejects with MnistLoadError. */
  load: () => Promise<Dataset>;
  /** Replaces the dataset with the user's IDX files; on failure keeps the old one and sets `error`. */
  loadFiles: (files: File[]) => Promise<void>;
  /** Goes back to the bundled MNIST (downloaded at most once per visit). */
  restoreBundled: () => Promise<void>;
}

let bundled: Promise<Dataset> | null = null;
/** Counts the user's choices of data (files dropped or picked, the built-in set): only the latest may take effect. */
let choice = 0;

function toLoadError(e: unknown): MnistLoadError {
  return e instanceof MnistLoadError ? e : new MnistLoadError('network', { reason: String(e) }, null, String(e));
}

/** The bundled MNIST, fetched once per visit; concurrent callers share the download; a failure can be retried. */
function bundledDataset(): Promise<Dataset> {
  if (!bundled) {
    useMnist.setState((s) => ({ status: s.dataset ? s.status : 'loading', error: null, loadedBytes: 0, totalBytes: 0 }));
    bundled = loadBundledMnist(import.meta.env.BASE_URL, ({ loaded, total }) => useMnist.setState({ loadedBytes: loaded, totalBytes: total }));
    bundled.catch(() => { bundled = null; });
  }
  return bundled;
}

export const useMnist = create<MnistState>()((set, get) => ({
  status: 'idle',
  loadedBytes: 0,
  totalBytes: 0,
  dataset: null,
  source: null,
  error: null,
  readingFiles: false,
  load: async () => {
    const current = get().dataset;
    if (current) return current;
    try {
      const dataset = await bundledDataset();
      // The user's files may have arrived while the download ran; they win.
      if (!get().dataset) set({ dataset, source: 'bundled' });
      set({ status: 'ready', error: null });
      return get().dataset ?? dataset;
    } catch (e) {
      const error = toLoadError(e);
      set(get().dataset ? { error } : { status: 'error', error });
      throw error;
    }
  },
  loadFiles: async (files) => {
    const mine = ++choice;
    set({ readingFiles: true });
    try {
      const dataset = await datasetFromFiles(files);
      // Files dropped or picked since then are what the user wants now, whichever finishes first.
      if (mine === choice) set({ dataset, source: 'files', status: 'ready', error: null, readingFiles: false });
    } catch (e) {
      if (mine === choice) set({ error: toLoadError(e), readingFiles: false });
    }
  },
  restoreBundled: async () => {
    const mine = ++choice;
    set({ readingFiles: false });
    try {
      const dataset = await bundledDataset();
      if (mine === choice) set({ dataset, source: 'bundled', status: 'ready', error: null });
    } catch (e) {
      if (mine === choice) set({ error: toLoadError(e), status: get().dataset ? 'ready' : 'error' });
    }
  },
}));

/** The current dataset, downloading the bundled MNIST on first use; rejects with MnistLoadError. */
export function ensureMnist(): Promise<Dataset> {
  return useMnist.getState().load();
}
