/**
 * A finished or stopped run as the run history keeps it: its settings (seed and method included), every
 * lane's learning rate, loss and accuracy series and final accuracies, and when it ended. A race is one
 * record with one lane per learning rate, because it was one experiment on one seed and one set of
 * batches. One validator serves storage and imported files, so every record the page holds can be drawn.
 */
import { runIssues, MAX_LANES, type RunSettings } from '../protocol/settings';
import { isIsoDate, MAX_NAME_LENGTH } from './trained-model';

/** Points kept per series: enough for a slide-sized chart, small enough that a hundred runs fit easily. */
export const MAX_SERIES_POINTS = 500;
/** Longest series accepted from a file (a bit of slack for files from other versions). */
const MAX_READ_POINTS = 5000;

export type RunEnd = 'completed' | 'stopped' | 'diverged';
const RUN_ENDS: readonly RunEnd[] = ['completed', 'stopped', 'diverged'];

/** Mean batch loss over a bucket of iterations ending at `iteration`, and the smoothed loss there (null: not finite). */
export interface RunLossPoint {
  iteration: number;
  loss: number | null;
  smooth: number | null;
}

/** Accuracy on the fixed evaluation subsets, 0–1. */
export interface RunAccuracyPoint {
  iteration: number;
  train: number;
  test: number;
}

export interface RunLane {
  learningRate: number;
  loss: RunLossPoint[];
  accuracy: RunAccuracyPoint[];
  /** Accuracy on the full test set at the end (null when the lane diverged or was never measured). */
  testAccuracy: number | null;
  divergedAt: number | null;
}

/** A run before it has an id and a name. */
export interface RunOutcome {
  settings: RunSettings;
  end: RunEnd;
  /** Iterations done. */
  iterations: number;
  lanes: RunLane[];
  /** ISO date of the end of the run. */
  createdAt: string;
}

export interface RunRecord extends RunOutcome {
  id: string;
  name: string;
}

const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 10_000_000;
const isRatio = (v: unknown): v is number => typeof v === 'number' && v >= 0 && v <= 1;
const isFiniteOrNull = (v: unknown): v is number | null => v === null || (typeof v === 'number' && Number.isFinite(v));
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function series<T>(value: unknown, point: (p: Record<string, unknown>) => T | null): T[] | null {
  if (!Array.isArray(value) || value.length > MAX_READ_POINTS) return null;
  const out: T[] = [];
  for (const item of value) {
    const read = isObject(item) && isCount(item.iteration) ? point(item) : null;
    if (read === null) return null;
    out.push(read);
  }
  return out;
}

const lossPoint = (p: Record<string, unknown>): RunLossPoint | null =>
  isFiniteOrNull(p.loss) && isFiniteOrNull(p.smooth) ? { iteration: p.iteration as number, loss: p.loss, smooth: p.smooth } : null;

const accuracyPoint = (p: Record<string, unknown>): RunAccuracyPoint | null =>
  isRatio(p.train) && isRatio(p.test) ? { iteration: p.iteration as number, train: p.train, test: p.test } : null;

function readLane(value: unknown): RunLane | null {
  if (!isObject(value) || typeof value.learningRate !== 'number') return null;
  const loss = series(value.loss, lossPoint);
  const accuracy = series(value.accuracy, accuracyPoint);
  const testAccuracy = value.testAccuracy ?? null;
  const divergedAt = value.divergedAt ?? null;
  if (!loss || !accuracy || !(testAccuracy === null || isRatio(testAccuracy)) || !(divergedAt === null || isCount(divergedAt))) return null;
  return { learningRate: value.learningRate, loss, accuracy, testAccuracy, divergedAt };
}

function readSettings(value: unknown): RunSettings | null {
  if (!isObject(value) || !Array.isArray(value.learningRates)) return null;
  const settings = {
    hiddenSize: value.hiddenSize, batchSize: value.batchSize, iterations: value.iterations, weightInitStd: value.weightInitStd,
    seed: value.seed, method: value.method, evalInterval: value.evalInterval, augmentation: value.augmentation,
    momentum: value.momentum, lrSchedule: value.lrSchedule, softmax: value.softmax, learningRates: [...(value.learningRates as unknown[])],
  } as RunSettings;
  return runIssues(settings).length === 0 ? settings : null;
}

/** A run record out of unknown data (a stored record or an entry of a file), or null if any part is unusable. */
export function readRunRecord(value: unknown): RunRecord | null {
  if (!isObject(value) || typeof value.id !== 'string' || value.id === '' || typeof value.name !== 'string') return null;
  const name = value.name.trim().slice(0, MAX_NAME_LENGTH);
  const settings = readSettings(value.settings);
  if (!settings || name === '' || !RUN_ENDS.includes(value.end as RunEnd) || !isCount(value.iterations) || !isIsoDate(value.createdAt)) return null;
  if (!Array.isArray(value.lanes) || value.lanes.length !== settings.learningRates.length || value.lanes.length > MAX_LANES) return null;
  const lanes: RunLane[] = [];
  for (const [k, raw] of value.lanes.entries()) {
    const lane = readLane(raw);
    if (!lane || lane.learningRate !== settings.learningRates[k]) return null;
    lanes.push(lane);
  }
  return { id: value.id, name, settings, end: value.end as RunEnd, iterations: value.iterations, lanes, createdAt: value.createdAt };
}

/**
 * "backprop · η 0.1 · seed 42 · 1,000 it." — or the race's rates "η 0.01 / 0.1 / 1". A run with the notes'
 * whole-batch softmax says so at the end: overlaid beside a row-softmax run, its loss sits about ln N higher.
 */
export function defaultRunName(run: Pick<RunOutcome, 'settings' | 'iterations'>): string {
  const rates = run.settings.learningRates.join(' / ');
  const base = `${run.settings.method} · η ${rates} · seed ${run.settings.seed} · ${run.iterations.toLocaleString('en-US')} it.`;
  return run.settings.softmax === 'batch' ? `${base} · ${BATCH_SOFTMAX_MARK}` : base;
}

/** How a stored default name marks the notes' softmax. */
export const BATCH_SOFTMAX_MARK = 'batch softmax';

/** Newest first. */
export function runsByDate(runs: readonly RunRecord[]): RunRecord[] {
  return [...runs].sort((p, q) => q.createdAt.localeCompare(p.createdAt) || q.id.localeCompare(p.id));
}
