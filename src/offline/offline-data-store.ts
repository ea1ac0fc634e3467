import { create } from 'zustand';
import { requestPersistence } from '../storage/quota';
import { FONT_CACHE, FONT_PATH, ON_DEMAND_CACHE, ON_DEMAND_PATH } from './cache-names';
import { browserDeps, offlineSupported, onDemandFiles, serviceWorkerInControl } from './browser-deps';
import { keepLoaded, prepareOffline, removeOffline, storedData, type StoredData } from './offline-data';

/**
 * `unavailable`: no service worker here (old or private browser, dev server); `absent` / `partial`:
 * none or some of MNIST stored; `ready`: all of it; `preparing` / `removing`: at work.
 */
export type OfflineDataStatus = 'checking' | 'unavailable' | 'absent' | 'partial' | 'preparing' | 'ready' | 'removing' | 'failed';

interface OfflineDataState {
  status: OfflineDataStatus;
  loaded: number;
  total: number;
  stored: StoredData | null;
  /** Looks at what is stored (on opening the panel, after another tab or a lesson stored MNIST). */
  refresh: () => Promise<void>;
  /** Stores MNIST (and, unless only `mnist`, every font) through the service worker. */
  prepare: (what?: 'all' | 'mnist') => Promise<void>;
  remove: () => Promise<void>;
}

const statusOf = (stored: StoredData): OfflineDataStatus => (stored.files === stored.of ? 'ready' : stored.files > 0 ? 'partial' : 'absent');

export const useOfflineData = create<OfflineDataState>()((set, get) => ({
  status: 'checking',
  loaded: 0,
  total: 0,
  stored: null,
  refresh: async () => {
    if (!offlineSupported()) {
      set({ status: 'unavailable' });
      return;
    }
    if (get().status === 'preparing' || get().status === 'removing') return;
    try {
      const stored = await storedData(browserDeps());
      set({ stored, status: statusOf(stored) });
    } catch {
      set({ status: 'unavailable' });
    }
  },
  prepare: async (what = 'all') => {
    if (get().status === 'preparing') return;
    set({ status: 'preparing', loaded: 0, total: 0 });
    if (!(await serviceWorkerInControl())) {
      set({ status: 'unavailable' });
      return;
    }
    try {
      const stored = await prepareOffline(browserDeps(), ({ loaded, total }) => set({ loaded, total }), { fonts: what === 'all' });
      // Asked only now, when the user has chosen to keep 11 MB here.
      void requestPersistence();
      set({ stored, status: 'ready' });
    } catch {
      set({ status: 'failed' });
      const stored = await storedData(browserDeps()).catch(() => null);
      set({ stored });
    }
  },
  remove: async () => {
    set({ status: 'removing' });
    try {
      await removeOffline(browserDeps());
    } finally {
      set({ status: 'checking' });
      await get().refresh();
    }
  },
}));

/**
 * A lesson that loaded MNIST before the service worker controlled the page (a first visit straight
 * to it) got the files past the worker; fetch them once more through it so that they are kept.
 * The browser's HTTP cache usually answers, so this costs little.
 */
export async function keepLoadedMnist(): Promise<void> {
  if (!offlineSupported() || !(await serviceWorkerInControl(Number.POSITIVE_INFINITY))) return;
  // The code of the lessons that use MNIST comes first: without it the kept data opens nothing
  // offline. All of it, not only what this page has loaded: a worker started just before the service
  // worker took over, or one started by another worker, never shows in this page's timeline, and
  // the whole set is small beside the 11 MB this lesson has just loaded.
  await keepLoadedFiles();
  // Offline (a later visit) there is nothing to fetch, and the list itself would fail to load.
  if (navigator.onLine) await onDemandFiles().then((files) => keepLoaded(browserDeps(), files)).catch(() => undefined);
  const stored = await storedData(browserDeps());
  // The service worker may have stored the files as it served them: then only the status is new.
  if (stored.files === stored.of) await useOfflineData.getState().refresh();
  else await useOfflineData.getState().prepare('mnist');
}

/**
 * Keeps the fonts and on-demand chunks this page has loaded so far (see keepLoaded), once a service
 * worker is in control.
 */
export async function keepLoadedFiles(): Promise<void> {
  // A first install may take a while on a slow network: wait for it however long it takes.
  if (!offlineSupported() || !(await serviceWorkerInControl(Number.POSITIVE_INFINITY))) return;
  const loaded = performance.getEntriesByType('resource').map((entry) => entry.name).flatMap((url) => {
    if (FONT_PATH.test(url)) return [{ cache: FONT_CACHE, url }];
    if (ON_DEMAND_PATH.test(url)) return [{ cache: ON_DEMAND_CACHE, url }];
    return [];
  });
  await keepLoaded(browserDeps(), loaded);
}
