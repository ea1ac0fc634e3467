/**
 * The one training client of the page: pages call its methods and read useTraining; nothing else
 * talks to the training worker.
 */
import { ensureMnist } from '../state/mnist';
import { useModels } from '../state/models';
import { useTraining } from '../state/training';
import { TrainingClient } from './training-client';
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
});
