/** What the training client needs from the page, injected so that Node tests can fake each part. */
import type { Dataset } from '../lib/mnist/types';
import type { FromWorker, ToWorker } from '../protocol/protocol';
import type { RunOutcome } from '../state/run-record';
import type { TrainedModel } from '../state/trained-model';
import type { TrainingState } from '../state/training';

/** What the worker link reports back. */
export interface WorkerEvents {
  message: (message: FromWorker) => void;
  crash: (detail: string) => void;
}

/** The worker as the client uses it (WorkerHandle in the page, a fake in tests). */
export interface WorkerLink {
  /** Whether a worker exists now (commands would otherwise create one). */
  readonly alive: boolean;
  /** The data set the current worker holds or is receiving. */
  readonly dataset: Dataset | null;
  send(message: ToWorker, transfer?: Transferable[]): void;
  /** Gives the worker the data set once; resolves when it has been handed over. */
  sendData(dataset: Dataset): Promise<void>;
  /** Terminates the worker; the next command creates a fresh one. */
  restart(): void;
}

export interface Clock {
  now(): number;
  /** Runs `task` after `ms`; returns a function that cancels it. */
  after(ms: number, task: () => void): () => void;
}

/** The store as the client writes it (zustand's getState / setState). */
export interface TrainingStore {
  getState(): TrainingState;
  setState(partial: Partial<TrainingState>): void;
}

export interface TrainingClientDeps {
  connect: (events: WorkerEvents) => WorkerLink;
  clock: Clock;
  store: TrainingStore;
  /** The data set to train on (downloading it on first use); rejects with a readable error. */
  loadData: () => Promise<Dataset>;
  /** Keeps a trained model in the history (which reports the outcome to the user itself). */
  keepModel: (model: TrainedModel) => unknown;
  /** Keeps a finished or stopped run of the lab (settings and series) in the run history; `runId` is its id here. */
  keepRun?: (run: RunOutcome, runId: number) => unknown;
  /** Gets the run history ready while a lab run trains, so that the run is listed in the same render as its end. */
  prepareRuns?: () => unknown;
  /** Keeps the model of the run in progress in case the page is left before it ends, and drops it when it ends. */
  keepDraft?: (model: TrainedModel) => unknown;
  dropDraft?: () => unknown;
}
