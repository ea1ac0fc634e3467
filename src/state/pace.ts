/** One progress report of the worker, as far as the pace is concerned. */
export interface PaceReport {
  iteration: number;
  iterationFraction: number;
  /** Time spent running so far, pauses excluded. */
  elapsedMs: number;
  phase: 'training' | 'evaluating';
}

/**
 * Training time measured so far: the spans between two consecutive reports that both found the worker
 * training, with the iterations done in them. A span that touches an evaluation is left out whole, time
 * and iterations alike. That keeps out the start (worker set-up, the baseline evaluation, and the first
 * iteration's evaluation of all 70,000 images) and every later full-set evaluation, so a slow start no
 * longer makes the estimate a hundred times too long.
 */
export interface PaceMeasure {
  iterations: number;
  ms: number;
  /** Where the next span starts: the latest report. */
  last: { done: number; elapsedMs: number; training: boolean } | null;
}

export const NO_PACE: PaceMeasure = { iterations: 0, ms: 0, last: null };

/** The measure after one more report. */
export function measurePace(measure: PaceMeasure, report: PaceReport): PaceMeasure {
  const now = { done: report.iteration + report.iterationFraction, elapsedMs: report.elapsedMs, training: report.phase === 'training' };
  const { last } = measure;
  const counts = last !== null && last.training && now.training && now.done >= last.done && now.elapsedMs > last.elapsedMs;
  return counts
    ? { iterations: measure.iterations + (now.done - last.done), ms: measure.ms + (now.elapsedMs - last.elapsedMs), last: now }
    : { ...measure, last: now };
}

interface PaceState {
  iteration: number;
  iterationFraction: number;
  elapsedMs: number;
  run: { iterations: number };
  /** Without it, the pace is all elapsed time over all iterations done (evaluations included). */
  measured?: PaceMeasure;
}

/** Iterations per second, seconds per iteration and the remaining time, from the measured pace; null while not yet measured. */
export function pace(state: PaceState): { perSecond: number | null; secondsPerIteration: number | null; etaSeconds: number | null } {
  const done = state.iteration + state.iterationFraction;
  const work = state.measured ? state.measured.iterations : done;
  const ms = state.measured ? state.measured.ms : state.elapsedMs;
  if (work <= 0 || ms <= 0) return { perSecond: null, secondsPerIteration: null, etaSeconds: null };
  const perSecond = work / (ms / 1000);
  return { perSecond, secondsPerIteration: 1 / perSecond, etaSeconds: Math.max(0, state.run.iterations - done) / perSecond };
}
