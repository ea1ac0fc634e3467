/**
 * Why a training run failed, read off what it recorded: its batch losses, its evaluations and the
 * number of dead hidden units. Four ways to fail, each with its own cure:
 * - diverged: a loss or a weight stopped being a finite number;
 * - saturated: the loss sits near −log δ, the cap that lesson 2's δ puts on each row — the softmax
 *   gives the true class a probability of about 0 for most images (confidently wrong);
 * - stalled: the loss stays flat near the loss of guessing (ln K) and hidden units are dead: their
 *   ReLU outputs 0 for every image, so their gradient is 0 and they never come back;
 * - too slow: after a large share of the run (and enough iterations for any sound rate to show) the
 *   loss has hardly left ln K, every unit still alive.
 */
import { CEE_DELTA } from './losses';

/** −log δ ≈ 16.12: the largest loss one row can have with δ = 1e−7 inside the logarithm. */
export const FLOOR_LOSS = -Math.log(CEE_DELTA);
/** A recent loss above this share of −log δ counts as saturated (most rows at the cap). */
export const SATURATED_SHARE = 0.5;
/** Stalled: the loss of the last STALL_WINDOWS evaluation intervals stays above this share of the guessing loss… */
export const STALL_SHARE = 0.8;
/** …and falls by less than this share of the guessing loss across them (upward spikes do not count as progress). */
export const FLAT_SHARE = 0.05;
export const STALL_WINDOWS = 3;
/** …while at least this share of the hidden units is dead. */
export const STALL_DEAD_SHARE = 0.25;
/** Too slow: past this share of the planned iterations, the loss is still above this share of the guessing loss. */
export const SLOW_RUN_SHARE = 0.5;
export const SLOW_LOSS_SHARE = 0.95;
/**
 * …and at least this many iterations have run. Until about 50 even the notes' η = 0.1 is still near
 * ln K (its loss reaches about 2.0 there, and a 1-iteration run has learned nothing yet), so blaming
 * the rate earlier would send a student to a wrong cure; by 100 it is well below.
 */
export const SLOW_MIN_ITERATIONS = 100;

export type DivergenceCause = 'loss' | 'weights';

/** One evaluation: its iteration, the test accuracy on the fixed subset, and the dead hidden units then (if counted). */
export interface HealthEval {
  iteration: number;
  test: number;
  deadUnits?: number;
}

/** What a lane recorded; losses[i] is the batch loss of iteration i + 1. */
export interface LaneHistory {
  losses: readonly number[];
  evals: readonly HealthEval[];
  divergence: { iteration: number; cause: DivergenceCause } | null;
  hiddenSize: number;
  plannedIterations: number;
  /** The loss of a uniform guess: ln K with a softmax per row, ln(N·K) with the notes' whole-batch softmax. */
  guessLoss: number;
}

export type Failure =
  | { kind: 'diverged'; iteration: number; cause: DivergenceCause }
  | { kind: 'saturated'; iteration: number; loss: number; accuracy: number }
  | { kind: 'stalled'; iteration: number; loss: number; deadUnits: number; hiddenSize: number; windows: number }
  | { kind: 'too-slow'; iteration: number; loss: number };

export type FailureKind = Failure['kind'];

/** The mean of the finite values losses[from … to − 1], or NaN if there are none. */
function meanLoss(losses: readonly number[], from: number, to: number): number {
  let sum = 0;
  let count = 0;
  for (let i = Math.max(0, from); i < Math.min(losses.length, to); i++) {
    if (Number.isFinite(losses[i])) {
      sum += losses[i];
      count++;
    }
  }
  return count > 0 ? sum / count : Number.NaN;
}

/** Mean loss of each interval between consecutive evaluations (iterations e_{i−1} + 1 … e_i), oldest first. */
export function intervalLosses(losses: readonly number[], evals: readonly HealthEval[]): number[] {
  const out: number[] = [];
  for (let i = 1; i < evals.length; i++) {
    const mean = meanLoss(losses, evals[i - 1].iteration, evals[i].iteration);
    if (Number.isFinite(mean)) out.push(mean);
  }
  return out;
}

/** The dead hidden units at the latest evaluation that counted them (0 when none did). */
export function latestDeadUnits(evals: readonly HealthEval[]): number {
  for (let i = evals.length - 1; i >= 0; i--) {
    const dead = evals[i].deadUnits;
    if (dead !== undefined) return dead;
  }
  return 0;
}

/**
 * How the lane has failed so far, or null while it learns. Judged at its latest evaluation, so the
 * answer changes only when a new one arrives; the first of diverged, saturated, stalled, too slow wins.
 */
export function diagnose(lane: LaneHistory): Failure | null {
  if (lane.divergence) return { kind: 'diverged', ...lane.divergence };
  const last = lane.evals.at(-1);
  const windows = intervalLosses(lane.losses, lane.evals);
  if (!last || windows.length === 0) return null;
  const { iteration } = last;
  const loss = windows[windows.length - 1];
  if (loss >= SATURATED_SHARE * FLOOR_LOSS) return { kind: 'saturated', iteration, loss, accuracy: last.test };
  const deadUnits = latestDeadUnits(lane.evals);
  const recent = windows.slice(-STALL_WINDOWS);
  const flat = recent[0] - recent[recent.length - 1] <= FLAT_SHARE * lane.guessLoss;
  const high = recent.every((l) => l >= STALL_SHARE * lane.guessLoss);
  if (deadUnits > 0 && deadUnits >= STALL_DEAD_SHARE * lane.hiddenSize && recent.length === STALL_WINDOWS && flat && high) {
    return { kind: 'stalled', iteration, loss, deadUnits, hiddenSize: lane.hiddenSize, windows: recent.length };
  }
  if (iteration >= Math.max(SLOW_RUN_SHARE * lane.plannedIterations, SLOW_MIN_ITERATIONS) && loss >= SLOW_LOSS_SHARE * lane.guessLoss) return { kind: 'too-slow', iteration, loss };
  return null;
}

/** The loss of guessing uniformly among `classes` classes: ln K per row, ln(N·K) when the whole batch of N shares one softmax. */
export function guessingLoss(classes: number, batchSize: number, wholeBatch: boolean): number {
  return Math.log(wholeBatch ? batchSize * classes : classes);
}

/** The learning rate a failed lane should try next: ten times smaller when it was too large, ten times larger when too slow. */
export function suggestedRate(failure: Failure, learningRate: number): number {
  const next = failure.kind === 'too-slow' ? learningRate * 10 : learningRate / 10;
  return Number(next.toPrecision(2));
}

/** The notes' settings, which learn on MNIST: what a failed single run is sent back to. */
export const SAFE_RATE = 0.1;
export const SAFE_STD = 0.01;
/** Initial weights wider than this make a softmax confidently wrong (or ReLUs dead) from the first step. */
const WIDE_STD = 0.1;

/**
 * The settings that cure a failed run: back to the notes' η = 0.1 when the rate was too large (or too
 * small), back to std 0.01 when the initial weights were wide; else a rate ten times away.
 */
export function fixFor(failure: Failure, settings: { learningRate: number; weightInitStd: number }): { learningRate?: number; weightInitStd?: number } {
  const patch: { learningRate?: number; weightInitStd?: number } = {};
  if (settings.weightInitStd > WIDE_STD) patch.weightInitStd = SAFE_STD;
  const rateToBlame = failure.kind === 'too-slow' ? settings.learningRate < SAFE_RATE : settings.learningRate > SAFE_RATE;
  if (rateToBlame) patch.learningRate = SAFE_RATE;
  if (patch.learningRate === undefined && patch.weightInitStd === undefined) patch.learningRate = suggestedRate(failure, settings.learningRate);
  return patch;
}
