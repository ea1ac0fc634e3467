/**
 * Drives a TrainingSession inside the worker: runs it in short time slices, answers pause, resume,
 * step, stop and reset between slices, and batches progress so the page redraws only a few times a second.
 * Free of worker globals (they come in as `env`), so it runs under Node tests as well.
 */
import type { FromWorker, LaneResult, RunReport, ToWorker } from '../protocol/protocol';
import { parameterCount } from '../lib/nets/two-layer-params';
import { runIssues, type RunSettings } from '../protocol/settings';
import { TrainingSession, type SessionData, type SessionStep } from './training-session';
import { checkGradient } from './gradient-check';
import { HelperLink } from './helper-link';
import { DataAssembler, isDataPart } from '../protocol/data-parts';

export interface LoopEnv {
  post(message: FromWorker, transfer?: Transferable[]): void;
  now(): number;
  /** Runs `task` soon, after pending messages have been handled. */
  schedule(task: () => void): void;
}

type FinishReason = 'completed' | 'stopped' | 'diverged';

/** Work done before looking at the message queue again; well under the 50 ms of a long task. */
const SLICE_MS = 25;
/** Each progress message redraws the charts on the page: four times a second keeps them live and cheap. */
const PROGRESS_EVERY_MS = 250;
const WEIGHTS_EVERY_MS = 500;

type FinalResults = Generator<SessionStep, { lanes: LaneResult[]; report: RunReport | null }>;

interface ActiveRun {
  id: number;
  session: TrainingSession;
  steps: Generator<SessionStep, void>;
  /** 'finishing': training is over and the final test accuracy is being measured, slice by slice. */
  state: 'running' | 'paused' | 'finishing' | 'finished';
  /** The final evaluation and why the run ended, once it is finishing. */
  results: FinalResults | null;
  reason: FinishReason;
  stepping: boolean;
  /** The iteration a single step started from: a pause caught mid-evaluation must still advance one. */
  stepFrom: number;
  activeMs: number;
  resumedAt: number;
  phase: 'training' | 'evaluating';
  fraction: number;
  lastProgress: number;
  lastWeights: number;
  scheduled: boolean;
  /** The first loss point goes out at once: time to the first chart point matters. */
  firstPosted: boolean;
  /** A helper worker is computing; the session may not go on before it answers. */
  waiting: boolean;
}

export class RunController {
  private data: SessionData | null = null;
  private readonly assembler = new DataAssembler();
  private run: ActiveRun | null = null;
  private readonly helpers = new HelperLink();

  constructor(private readonly env: LoopEnv) {}

  handle(message: ToWorker): void {
    try {
      this.dispatch(message);
    } catch (error) {
      const runId = 'runId' in message ? message.runId : null;
      if (this.run && this.run.id === runId) this.run = null;
      this.env.post({ type: 'error', runId, code: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }

  private dispatch(message: ToWorker): void {
    if (isDataPart(message)) {
      const whole = this.assembler.accept(message);
      if (whole) this.dispatch(whole);
      return;
    }
    if (message.type === 'load-data') {
      this.data = { train: message.train, test: message.test };
      this.env.post({ type: 'data-ready', trainCount: message.train.count, testCount: message.test.count });
      return;
    }
    if (message.type === 'connect-helper') {
      this.helpers.add(message.port, message.shares);
      return;
    }
    if (message.type === 'reset') {
      this.run = null;
      return;
    }
    if (message.type === 'start') return this.start(message);
    if (message.type === 'watch-lane') return this.watchLane(message.runId, message.lane);
    if (message.type === 'gradient-check') return this.gradientCheck(message.runId, message.run);
    const run = this.run;
    // Commands for a run that is no longer the current one are stale.
    if (!run || run.id !== message.runId || run.state === 'finished') return;
    // Training is over: the final evaluation goes on (a reset or a new run drops it), and a stop is confirmed.
    if (run.state === 'finishing') {
      if (message.type === 'stop') this.env.post({ type: 'status', runId: run.id, status: 'stopping' });
      return;
    }
    if (message.type === 'pause' && run.state === 'running') this.pause(run);
    else if (message.type === 'resume' && run.state === 'paused') this.resume(run, false);
    else if (message.type === 'step' && run.state === 'paused') this.resume(run, true);
    else if (message.type === 'stop') this.finish(run, 'stopped');
    else if (message.type === 'checkpoint') this.postCheckpoint(run, message.lane);
  }

  private postCheckpoint(run: ActiveRun, index: number): void {
    const lane = run.session.lanes[index];
    if (!lane || lane.divergedAt !== null) return;
    const p = lane.net.params;
    const params = { W1: p.W1.data.slice(), b1: p.b1.slice(), W2: p.W2.data.slice(), b2: p.b2.slice() };
    this.env.post({ type: 'checkpoint', runId: run.id, iteration: run.session.iteration, lane: index, params }, [params.W1.buffer, params.b1.buffer, params.W2.buffer, params.b2.buffer]);
  }

  private start(message: Extract<ToWorker, { type: 'start' }>): void {
    if (!this.data) {
      this.env.post({ type: 'error', runId: message.runId, code: 'no-data', message: 'The MNIST data has not reached the worker.' });
      return;
    }
    const issues = runIssues(message.run);
    if (issues.length > 0) {
      this.env.post({ type: 'error', runId: message.runId, code: 'invalid-settings', message: `Invalid settings: ${issues.join(', ')}` });
      return;
    }
    const session = new TrainingSession(this.data, message.run, this.helpers);
    const now = this.env.now();
    const run: ActiveRun = {
      id: message.runId, session, steps: session.run(), state: 'paused', results: null, reason: 'completed', stepping: false, stepFrom: 0, activeMs: 0, resumedAt: now,
      phase: 'training', fraction: 0, lastProgress: -Infinity, lastWeights: now, scheduled: false, firstPosted: false, waiting: false,
    };
    this.run = run;
    const inputSize = this.data.train.rows * this.data.train.cols;
    this.env.post({ type: 'started', runId: run.id, parameterCount: parameterCount({ inputSize, hiddenSize: message.run.hiddenSize, outputSize: 10 }) });
    this.postWeights(run);
    if (message.paused) this.env.post({ type: 'status', runId: run.id, status: 'paused' });
    else this.resume(run, false);
  }

  private pause(run: ActiveRun): void {
    run.activeMs += this.env.now() - run.resumedAt;
    run.state = 'paused';
    run.stepping = false;
    this.postProgress(run);
    this.postWeights(run);
    this.env.post({ type: 'status', runId: run.id, status: 'paused' });
  }

  private resume(run: ActiveRun, stepping: boolean): void {
    run.state = 'running';
    run.stepping = stepping;
    run.stepFrom = run.session.iteration;
    run.resumedAt = this.env.now();
    this.env.post({ type: 'status', runId: run.id, status: 'running' });
    this.schedulePump(run);
  }

  private schedulePump(run: ActiveRun): void {
    if (run.scheduled) return;
    run.scheduled = true;
    this.env.schedule(() => {
      run.scheduled = false;
      this.pump(run);
    });
  }

  private pump(run: ActiveRun): void {
    if (this.run !== run || run.waiting) return;
    if (run.state === 'finishing') return this.pumpResults(run);
    if (run.state !== 'running') return;
    try {
      const deadline = this.env.now() + SLICE_MS;
      do {
        const next = run.steps.next();
        if (next.done) {
          this.finish(run, run.session.lanes.every((l) => l.divergedAt !== null) ? 'diverged' : 'completed');
          return;
        }
        if (next.value.kind === 'wait') {
          run.waiting = true;
          const wake = () => {
            run.waiting = false;
            this.schedulePump(run);
          };
          next.value.until.then(wake, wake);
          this.postIfDue(run);
          return;
        }
        if (next.value.kind === 'slice') {
          run.phase = next.value.phase;
          run.fraction = next.value.fraction;
          if (!run.firstPosted && run.session.iteration > 0) this.postProgress(run);
        } else {
          run.phase = 'training';
          run.fraction = 0;
          if (run.stepping && run.session.iteration > run.stepFrom) return this.pause(run);
        }
      } while (this.env.now() < deadline);
      this.postIfDue(run);
      this.schedulePump(run);
    } catch (error) {
      this.run = null;
      this.env.post({ type: 'error', runId: run.id, code: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }

  private postIfDue(run: ActiveRun): void {
    const now = this.env.now();
    if (now - run.lastProgress >= PROGRESS_EVERY_MS) this.postProgress(run);
    if (now - run.lastWeights >= WEIGHTS_EVERY_MS) this.postWeights(run);
  }

  private elapsed(run: ActiveRun): number {
    return run.activeMs + (run.state === 'running' ? this.env.now() - run.resumedAt : 0);
  }

  private postProgress(run: ActiveRun): void {
    run.lastProgress = this.env.now();
    run.firstPosted ||= run.session.iteration > 0;
    this.env.post({
      type: 'progress', runId: run.id, iteration: run.session.iteration, iterationFraction: run.fraction,
      elapsedMs: this.elapsed(run), phase: run.phase, lanes: run.session.takeProgress(),
    });
  }

  private postWeights(run: ActiveRun): void {
    run.lastWeights = this.env.now();
    const { lane, W1, deadUnits } = run.session.watchedWeights();
    this.env.post({ type: 'weights', runId: run.id, iteration: run.session.iteration, hiddenSize: run.session.settings.hiddenSize, W1, lane, deadUnits }, [W1.buffer]);
  }

  /** Shows another lane's hidden units, also after the run has finished. */
  private watchLane(runId: number, lane: number): void {
    const run = this.run;
    if (!run || run.id !== runId || !Number.isInteger(lane) || lane < 0 || lane >= run.session.lanes.length) return;
    run.session.watchedLane = lane;
    this.postWeights(run);
  }

  /**
   * Ends training: the final evaluation of every lane on the full test set then runs in slices like
   * training, so a stop is confirmed at once and a reset or a new run can still take over.
   */
  private finish(run: ActiveRun, reason: FinishReason): void {
    if (run.state === 'running') run.activeMs += this.env.now() - run.resumedAt;
    run.state = 'finishing';
    run.reason = reason;
    // A stop is meant to act at once: it skips the augmented test set unless the run trained for drawn digits.
    run.results = run.session.results(reason !== 'stopped' || run.session.settings.augmentation);
    run.phase = 'evaluating';
    run.fraction = 0;
    if (reason === 'stopped') this.env.post({ type: 'status', runId: run.id, status: 'stopping' });
    this.postProgress(run);
    this.postWeights(run);
    this.schedulePump(run);
  }

  private pumpResults(run: ActiveRun): void {
    const results = run.results;
    if (!results) return;
    try {
      const deadline = this.env.now() + SLICE_MS;
      let step = results.next();
      while (!step.done && this.env.now() < deadline) step = results.next();
      if (!step.done) {
        if (this.env.now() - run.lastProgress >= PROGRESS_EVERY_MS) this.postProgress(run);
        this.schedulePump(run);
        return;
      }
      run.state = 'finished';
      const { lanes, report } = step.value;
      const transfer = lanes.flatMap((l) => [l.params.W1.buffer, l.params.b1.buffer, l.params.W2.buffer, l.params.b2.buffer]);
      this.env.post({ type: 'finished', runId: run.id, reason: run.reason, iteration: run.session.iteration, elapsedMs: run.activeMs, lanes, report }, transfer);
    } catch (error) {
      this.run = null;
      this.env.post({ type: 'error', runId: run.id, code: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }

  private gradientCheck(runId: number, settings: RunSettings): void {
    if (!this.data) {
      this.env.post({ type: 'error', runId, code: 'no-data', message: 'The MNIST data has not reached the worker.' });
      return;
    }
    const run = this.run && this.run.id === runId ? this.run : null;
    const started = this.env.now();
    const result = checkGradient(this.data, settings, run?.session ?? null);
    this.env.post({ type: 'gradient-check', runId, result: { ...result, milliseconds: this.env.now() - started } });
  }
}
