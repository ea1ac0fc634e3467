// npm run bench (third part): what each learning rate of the lab's race really does on MNIST, measured
// with the lab's own training session (the worker's code, run in Node): the notes' 784-50-10, batch
// 100, 1000 iterations, backpropagation, several seeds. Prints the final test accuracy (all 10,000
// test images), the mean loss of the last 50 iterations, the dead hidden units and the verdict of the
// failure detectors, then the notes' whole-batch softmax run.
// Usage: tsx scripts/bench-rates.ts [rates, e.g. 0.01,0.1,3] [seeds, e.g. 42,1,2]
import { DEFAULT_SETTINGS, runSettings, type RunSettings } from '../src/protocol/settings';
import { TrainingSession } from '../src/worker/training-session';
import { diagnose, guessingLoss } from '../src/lib/training-health';
import type { AccuracyPoint } from '../src/protocol/protocol';
import { loadMnist } from './bench/mnist-files';
import { formatMs, print } from './bench/timing';

const rates = (process.argv[2] ?? '0.001,0.01,0.1,0.5,1,2,3,4,10').split(',').map(Number);
const seeds = (process.argv[3] ?? '42,1,2').split(',').map(Number);
const data = loadMnist();

interface LaneOutcome {
  accuracy: number | null;
  lastLoss: number;
  firstLoss: number;
  deadUnits: number;
  verdict: string;
}

/** One race of `learningRates` on `seed`: every lane trains on the same batches, as in the lab. */
function race(run: RunSettings): LaneOutcome[] {
  const session = new TrainingSession(data, run);
  for (const step of session.run()) void step;
  const progress = session.takeProgress();
  const results = session.results();
  let step = results.next();
  while (!step.done) step = results.next();
  return progress.map((lane, k) => {
    const evals: AccuracyPoint[] = lane.evals;
    const failure = diagnose({
      losses: lane.losses, evals, hiddenSize: run.hiddenSize, plannedIterations: run.iterations,
      divergence: lane.divergedAt !== null ? { iteration: lane.divergedAt, cause: lane.divergedBy ?? 'loss' } : null,
      guessLoss: guessingLoss(10, run.batchSize, run.softmax === 'batch'),
    });
    const tail = lane.losses.slice(-50);
    return {
      accuracy: step.value.lanes[k].testAccuracy,
      firstLoss: lane.losses[0],
      lastLoss: tail.reduce((s, l) => s + l, 0) / tail.length,
      deadUnits: evals.at(-1)?.deadUnits ?? 0,
      verdict: failure ? failure.kind : 'learns',
    };
  });
}

const percent = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(2)}%`);
const started = performance.now();
print(`Learning rates on MNIST — ${DEFAULT_SETTINGS.hiddenSize} hidden, batch ${DEFAULT_SETTINGS.batchSize}, ${DEFAULT_SETTINGS.iterations} iterations, backprop, std ${DEFAULT_SETTINGS.weightInitStd}`);
print('  rate     seed   test acc   loss (last 50)   dead units   verdict');
for (const seed of seeds) {
  const outcomes = race(runSettings({ ...DEFAULT_SETTINGS, method: 'backprop', seed }, rates));
  outcomes.forEach((o, k) => {
    print(`  ${String(rates[k]).padEnd(8)} ${String(seed).padEnd(6)} ${percent(o.accuracy).padStart(8)}   ${o.lastLoss.toFixed(3).padStart(14)}   ${String(o.deadUnits).padStart(10)}   ${o.verdict}`);
  });
}
print();
print("The notes' softmax (no axis: the whole batch of 100 normalised together), η = 0.1");
for (const seed of seeds) {
  const [o] = race(runSettings({ ...DEFAULT_SETTINGS, method: 'backprop', seed, softmax: 'batch' }));
  print(`  seed ${seed}: first loss ${o.firstLoss.toFixed(4)} (ln 1000 = ${Math.log(1000).toFixed(4)}), last 50 ${o.lastLoss.toFixed(3)} (floor ln 100 = ${Math.log(100).toFixed(3)}), test accuracy ${percent(o.accuracy)}, ${o.verdict}`);
}
print(`Finished in ${formatMs(performance.now() - started)}.`);
