/** Where the training lab's run stands, as the page sees it. */
export type TrainingStatus =
  | 'idle'
  | 'loading-data'
  | 'starting'
  | 'running'
  | 'paused'
  | 'stopping'
  | 'completed'
  | 'stopped'
  | 'diverged'
  | 'error';

/** Whether a run holds the worker (so settings apply to the next run only). */
export function isActive(status: TrainingStatus): boolean {
  return status === 'loading-data' || status === 'starting' || status === 'running' || status === 'paused' || status === 'stopping';
}

/** A new run may start only when none holds the worker. */
export const canStart = (status: TrainingStatus): boolean => !isActive(status);

export const canPause = (status: TrainingStatus): boolean => status === 'running';

export const canResume = (status: TrainingStatus): boolean => status === 'paused';

/** One more iteration of a paused run, or a new run that pauses after its first iteration. */
export const canStep = (status: TrainingStatus): boolean => status === 'paused' || !isActive(status);

/** Stop ends a run that is loading, starting, running or paused; one already stopping is left to finish. */
export const canStop = (status: TrainingStatus): boolean =>
  status === 'loading-data' || status === 'starting' || status === 'running' || status === 'paused';
