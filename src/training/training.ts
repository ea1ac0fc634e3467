/**
 * The one training client of the page: pages call its methods and read useTraining; nothing else
 * talks to the training worker.
 */
import { ensureMnist } from '../state/mnist';
import { useModels } from '../state/models';
import { dropDraft, keepDraft } from '../state/run-draft';
import { useTraining } from '../state/training';
import { TrainingClient } from './training-client';
import { warnBeforeLeavingWhileActive } from './leave-warning';
import { WorkerHandle } from './worker-handle';

/** The run history's module: loaded with the first lab run, so a first visit to a lesson does not carry it. */
const runHistory = {
  loaded: null as typeof import('../state/runs') | null,
  load: () => import('../state/runs').then((module) => (runHistory.loaded = module)),
};

export const training = new TrainingClient({
  connect: (events) => new WorkerHandle(events),
  clock: {
    now: () => performance.now(),
    after: (ms, task) => {
      const timer = setTimeout(task, ms);
      return () => clearTimeout(timer);
    },
  },
  store: useTraining,
  loadData: ensureMnist,
  keepModel: (model) => useModels.getState().add(model),
  // Once the history is loaded, a run is handed over at once and listed in the same render as the status that ended it.
  keepRun: (run, runId) => (runHistory.loaded ? runHistory.loaded.useRuns.getState().add(run, runId) : runHistory.load().then(({ useRuns }) => useRuns.getState().add(run, runId))),
  prepareRuns: () => void runHistory.load(),
  keepDraft,
  dropDraft,
});

// A tab that goes to the background may be closed or discarded without another word.
if (typeof document !== 'undefined') document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && training.checkpoint());

warnBeforeLeavingWhileActive(useTraining);
