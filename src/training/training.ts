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
  // The run history loads with the first run that ends, so a first visit to a lesson does not carry it.
  keepRun: (run, runId) => import('../state/runs').then(({ useRuns }) => useRuns.getState().add(run, runId)),
  keepDraft,
  dropDraft,
});

// A tab that goes to the background may be closed or discarded without another word.
if (typeof document !== 'undefined') document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && training.checkpoint());

warnBeforeLeavingWhileActive(useTraining);
