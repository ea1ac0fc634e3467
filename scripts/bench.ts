// npm run bench: how fast TwoLayerNet learns on the notes' configuration (784-50-10, batch 100,
// learning rate 0.1) with each gradient method, the notes' full 1000-iteration run with
// incremental numerical gradients, and backpropagation against tfjs-core on its WASM backend.
import { availableParallelism, cpus, loadavg } from 'node:os';
import { createRng } from '../src/lib/random';
import { imageBatch, labelBatch } from '../src/lib/mnist/batch';
import type { ImageSet } from '../src/lib/mnist/types';
import type { Matrix } from '../src/lib/matrix';
import { TwoLayerNet } from '../src/lib/nets/two-layer-net';
import { naiveNumericalGradientRange } from '../src/lib/nets/naive-gradient';
import { paramSizes, parameterCount, zerosLike } from '../src/lib/nets/two-layer-params';
import { loadMnist } from './bench/mnist-files';
import { TfjsTwoLayerNet, startWasmBackend } from './bench/tfjs-wasm';
import { type Timing, formatMs, median, print, time } from './bench/timing';

const NOTES = { inputSize: 784, hiddenSize: 50, outputSize: 10, batchSize: 100, learningRate: 0.1, iterations: 1000 };
const SEED = 1;

interface Batch { x: Matrix; t: Int32Array }

function makeBatches(train: ImageSet, count: number, seed: number): Batch[] {
  const rng = createRng(seed);
  return Array.from({ length: count }, () => {
    const mask = rng.choice(train.count, NOTES.batchSize);
    return { x: imageBatch(train.images, 784, mask), t: labelBatch(train.labels, mask) };
  });
}

function newNet(): TwoLayerNet {
  return new TwoLayerNet({ inputSize: NOTES.inputSize, hiddenSize: NOTES.hiddenSize, outputSize: NOTES.outputSize, seed: SEED });
}

function row(label: string, t: Timing, extra = ''): string {
  return `  ${label.padEnd(26)} ${formatMs(t.wallMs).padStart(10)} ${formatMs(t.cpuMs).padStart(10)}   ${extra}`;
}

/** Naive: the time of both forward passes for an evenly spread sample of parameters, times the parameter count. */
function naivePerIteration(batch: Batch, sample: number): Timing {
  const net = newNet();
  const total = parameterCount(paramSizes(net.params));
  const out = zerosLike(net.params);
  const loss = (): number => net.loss(batch.x, batch.t);
  time(20, (r) => naiveNumericalGradientRange(net.params, loss, r, r + 1, out));
  const stride = Math.floor(total / sample);
  const perParam = time(sample, (r) => naiveNumericalGradientRange(net.params, loss, r * stride, r * stride + 1, out));
  return { wallMs: perParam.wallMs * total, cpuMs: perParam.cpuMs * total };
}

/** One training step (gradient + update) per repetition, cycling through the batches. */
function stepTiming(method: 'incremental' | 'backprop', batches: Batch[], warmUp: number, reps: number): Timing {
  const net = newNet();
  const step = (r: number): void => {
    const { x, t } = batches[r % batches.length];
    const grads = method === 'backprop' ? net.gradient(x, t) : net.numericalGradient(x, t, 'incremental');
    net.update(grads, NOTES.learningRate);
  };
  time(warmUp, step);
  return time(reps, step);
}

function fullRun(train: ImageSet, test: ImageSet): void {
  const net = newNet();
  const rng = createRng(SEED + 1);
  const losses: number[] = [];
  const run = time(1, () => {
    for (let i = 0; i < NOTES.iterations; i++) {
      const mask = rng.choice(train.count, NOTES.batchSize);
      const x = imageBatch(train.images, 784, mask);
      const t = labelBatch(train.labels, mask);
      net.update(net.numericalGradient(x, t, 'incremental'), NOTES.learningRate);
      losses.push(net.loss(x, t));
    }
  });
  let trainAcc = 0;
  let testAcc = 0;
  const evaluation = time(1, () => {
    trainAcc = accuracyOf(net, train);
    testAcc = accuracyOf(net, test);
  });
  print(`  training, ${NOTES.iterations} iterations:  wall ${formatMs(run.wallMs)}, CPU ${formatMs(run.cpuMs)}  (${formatMs(run.wallMs / NOTES.iterations)} per iteration)`);
  print(`  loss: first ${losses[0].toFixed(4)}, mean of the last 50 ${(losses.slice(-50).reduce((s, l) => s + l, 0) / 50).toFixed(4)}`);
  print(`  accuracy on all 60,000 train / 10,000 test images: ${trainAcc.toFixed(4)} / ${testAcc.toFixed(4)}  (evaluation ${formatMs(evaluation.wallMs)})`);
  print(`  end to end, training and evaluation: wall ${formatMs(run.wallMs + evaluation.wallMs)} (target ≤ 60 s)`);
}

function accuracyOf(net: TwoLayerNet, set: ImageSet): number {
  let correct = 0;
  const chunk = 1000;
  for (let from = 0; from < set.count; from += chunk) {
    const idx = Array.from({ length: Math.min(chunk, set.count - from) }, (_, i) => from + i);
    correct += net.accuracy(imageBatch(set.images, 784, idx), labelBatch(set.labels, idx)) * idx.length;
  }
  return correct / set.count;
}

/** Interleaved rounds, so that a burst of load on the shared machine hits both sides alike. */
async function versusTfjs(batches: Batch[]): Promise<void> {
  print(`  ${await startWasmBackend()}`);
  const ours = newNet();
  const theirs = new TfjsTwoLayerNet(
    { W1: ours.params.W1.data, b1: ours.params.b1, W2: ours.params.W2.data, b2: ours.params.b2 },
    [NOTES.inputSize, NOTES.hiddenSize, NOTES.outputSize],
  );
  const x32 = batches.map((b) => Float32Array.from(b.x.data));
  const oursStep = (r: number): void => {
    const { x, t } = batches[r % batches.length];
    ours.update(ours.gradient(x, t), NOTES.learningRate);
  };
  const theirsStep = (r: number): void => theirs.step(x32[r % batches.length], batches[r % batches.length].t, NOTES.learningRate);
  time(50, oursStep);
  time(50, theirsStep);
  theirs.sync();
  const oursRounds: Timing[] = [];
  const theirsRounds: Timing[] = [];
  for (let round = 0; round < 7; round++) {
    oursRounds.push(time(100, oursStep));
    theirsRounds.push(time(100, (r) => {
      theirsStep(r);
      if (r === 99) theirs.sync();
    }));
  }
  theirs.dispose();
  const a = median(oursRounds);
  const b = median(theirsRounds);
  print(row('TwoLayerNet backprop', a));
  print(row('tfjs-core + wasm', b));
  print(`  TwoLayerNet is ${(b.wallMs / a.wallMs).toFixed(2)}× faster by wall time, ${(b.cpuMs / a.cpuMs).toFixed(2)}× by CPU time (target ≥ 1.5×)`);
}

async function main(): Promise<void> {
  const started = performance.now();
  const { train, test } = loadMnist();
  print(`TwoLayerNet benchmark — ${NOTES.inputSize}-${NOTES.hiddenSize}-${NOTES.outputSize}, batch ${NOTES.batchSize}, lr ${NOTES.learningRate}`);
  print(`Node ${process.version}, ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'}), load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  print();
  const batches = makeBatches(train, 50, SEED);
  print('Time per training iteration (gradient + update), single thread      wall        CPU');
  const naive = naivePerIteration(batches[0], 300);
  const incremental = stepTiming('incremental', batches, 10, 50);
  const backprop = stepTiming('backprop', batches, 50, 500);
  print(row('naive numerical', naive, '(extrapolated from 300 parameters × 39,760)'));
  print(row('incremental numerical', incremental));
  print(row('backprop', backprop));
  for (const key of ['wallMs', 'cpuMs'] as const) {
    const by = key === 'wallMs' ? 'wall' : 'CPU';
    print(`  speed-ups by ${by} time: incremental ${(naive[key] / incremental[key]).toFixed(0)}× naive; backprop ${(incremental[key] / backprop[key]).toFixed(1)}× incremental, ${(naive[key] / backprop[key]).toFixed(0)}× naive`);
  }
  print(`  the notes' 1000 iterations would take: naive ${formatMs(naive.wallMs * 1000)}, incremental ${formatMs(incremental.wallMs * 1000)}, backprop ${formatMs(backprop.wallMs * 1000)}`);
  print();
  print("The notes' full run: 1000 iterations with incremental numerical gradients on real MNIST");
  fullRun(train, test);
  print();
  print('Backprop against tfjs on the same workload (forward + backward + SGD update, batch 100), medians of 7 interleaved rounds');
  await versusTfjs(batches);
  print();
  print(`Benchmark finished in ${formatMs(performance.now() - started)}.`);
}

await main();
