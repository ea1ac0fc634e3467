import { describe, expect, it } from 'vitest';
import { FLOOR_LOSS, diagnose, fixFor, guessingLoss, intervalLosses, latestDeadUnits, suggestedRate, type HealthEval, type LaneHistory } from './training-health';
import { createRng } from './random';

const LN10 = Math.log(10);

/** A constructed run of `iterations` losses lossAt(i) (i = 1 …) with small noise, evaluated every 50 iterations. */
function run(iterations: number, lossAt: (i: number) => number, evalAt: (iteration: number) => Omit<HealthEval, 'iteration'>, planned = 1000): LaneHistory {
  const rng = createRng(3);
  const losses = Array.from({ length: iterations }, (_, k) => lossAt(k + 1) + 0.01 * (rng.uniform() - 0.5));
  const evals: HealthEval[] = [];
  for (let iteration = 0; iteration <= iterations; iteration += 50) evals.push({ iteration, ...evalAt(iteration) });
  return { losses, evals, divergence: null, hiddenSize: 50, plannedIterations: planned, guessLoss: LN10 };
}

describe('intervalLosses and latestDeadUnits', () => {
  it('average the losses between consecutive evaluations, skipping non-finite ones', () => {
    const evals = [{ iteration: 0, test: 0.1 }, { iteration: 2, test: 0.2 }, { iteration: 4, test: 0.3, deadUnits: 7 }, { iteration: 5, test: 0.3 }];
    expect(intervalLosses([1, 3, Number.NaN, 5, 9], evals)).toEqual([2, 5, 9]);
    expect(latestDeadUnits(evals)).toBe(7);
    expect(latestDeadUnits([{ iteration: 0, test: 0 }])).toBe(0);
  });
});

describe('diagnose', () => {
  it('finds nothing wrong with a run that learns (loss 2.3 → 0.3, every unit alive)', () => {
    const learning = run(1000, (i) => 0.3 + 2 * Math.exp(-i / 80), () => ({ test: 0.9, deadUnits: 0 }));
    expect(diagnose(learning)).toBeNull();
    // A rate that kills a few units but still learns (η = 1 kills about 20 of 50 on MNIST) is not stalled.
    expect(diagnose({ ...learning, evals: learning.evals.map((e) => ({ ...e, deadUnits: 21 })) })).toBeNull();
  });

  it('passes the worker’s divergence on first, with its cause and iteration', () => {
    const lane = { ...run(100, () => 2, () => ({ test: 0.1 })), divergence: { iteration: 37, cause: 'weights' as const } };
    expect(diagnose(lane)).toEqual({ kind: 'diverged', iteration: 37, cause: 'weights' });
  });

  it('calls a loss near −log δ saturated and reports the accuracy, even above chance', () => {
    const lane = run(300, (i) => (i < 5 ? 2.3 : 14.4), () => ({ test: 0.21, deadUnits: 34 }));
    const failure = diagnose(lane);
    expect(failure).toMatchObject({ kind: 'saturated', iteration: 300, accuracy: 0.21 });
    expect(failure?.kind === 'saturated' && failure.loss).toBeCloseTo(14.4, 1);
    expect(FLOOR_LOSS).toBeCloseTo(16.118, 3);
  });

  it('calls a loss flat near ln 10 with most units dead stalled, and counts the dead units', () => {
    // Like η = 4 on MNIST: a burst above 5 in the first steps, then flat at 2.28 with 50 of 50 units dead.
    // Spikes upwards (as η = 3 shows at iterations 320–330) are no progress: still stalled.
    const lane = run(400, (i) => (i < 60 ? 5.9 : i > 320 && i < 330 ? 4 : 2.28), (iteration) => ({ test: 0.098, deadUnits: iteration === 0 ? 0 : 50 }));
    expect(diagnose(lane)).toMatchObject({ kind: 'stalled', iteration: 400, deadUnits: 50, hiddenSize: 50, windows: 3 });
    // Not yet three flat intervals after the burst: no verdict.
    expect(diagnose({ ...lane, losses: lane.losses.slice(0, 150), evals: lane.evals.slice(0, 4) })).toBeNull();
  });

  it('does not call a falling loss stalled, however many units are dead', () => {
    const lane = run(400, (i) => 2.3 - i / 400, () => ({ test: 0.5, deadUnits: 40 }));
    expect(diagnose(lane)).toBeNull();
  });

  it('calls a loss still near ln 10 after half of the run, every unit alive, too slow — but not before half', () => {
    const creeping = (n: number) => run(n, (i) => LN10 - i * 1e-5, () => ({ test: 0.15, deadUnits: 0 }));
    expect(diagnose(creeping(450))).toBeNull();
    expect(diagnose(creeping(500))).toMatchObject({ kind: 'too-slow', iteration: 500 });
    // η = 0.01 on MNIST: 2.30 → 1.16 over 1000 iterations creeps, but is no failure at the end.
    const lr001 = run(1000, (i) => LN10 - 1.2 * (i / 1000) ** 2.5, () => ({ test: 0.75, deadUnits: 0 }));
    expect(diagnose(lr001)).toBeNull();
  });

  it('does not blame the rate of a run too short to have learned anything yet', () => {
    const flat = (n: number, planned: number) => run(n, () => LN10, () => ({ test: 0.15, deadUnits: 0 }), planned);
    // One iteration of the notes' η = 0.1 is still at ln 10, and so is the start of any run.
    const once: LaneHistory = { losses: [LN10], evals: [{ iteration: 0, test: 0.1 }, { iteration: 1, test: 0.15, deadUnits: 0 }], divergence: null, hiddenSize: 50, plannedIterations: 1, guessLoss: LN10 };
    expect(diagnose(once)).toBeNull();
    expect(diagnose(flat(50, 60))).toBeNull();
    expect(diagnose(flat(100, 100))).toMatchObject({ kind: 'too-slow', iteration: 100 });
  });

  it('measures against ln(N·K) with the notes’ whole-batch softmax', () => {
    expect(guessingLoss(10, 100, true)).toBeCloseTo(Math.log(1000), 12);
    expect(guessingLoss(10, 100, false)).toBe(LN10);
    const notes = { ...run(600, () => 6.8, () => ({ test: 0.1, deadUnits: 0 })), guessLoss: guessingLoss(10, 100, true) };
    expect(diagnose(notes)?.kind).toBe('too-slow');
    const learning = { ...run(600, (i) => 4.7 + 2.2 * Math.exp(-i / 50), () => ({ test: 0.9, deadUnits: 0 })), guessLoss: notes.guessLoss };
    expect(diagnose(learning)).toBeNull();
  });
});

describe('fixes', () => {
  const stalled = { kind: 'stalled', iteration: 300, loss: 2.28, deadUnits: 50, hiddenSize: 50, windows: 3 } as const;
  const slow = { kind: 'too-slow', iteration: 500, loss: 2.3 } as const;
  it('send a single run back to the notes’ η = 0.1 and std 0.01', () => {
    expect(fixFor(stalled, { learningRate: 3, weightInitStd: 0.01 })).toEqual({ learningRate: 0.1 });
    expect(fixFor(slow, { learningRate: 0.001, weightInitStd: 0.01 })).toEqual({ learningRate: 0.1 });
    expect(fixFor(stalled, { learningRate: 0.1, weightInitStd: 1 })).toEqual({ weightInitStd: 0.01 });
    expect(fixFor(stalled, { learningRate: 0.1, weightInitStd: 0.01 })).toEqual({ learningRate: 0.01 });
  });
  it('move a race lane’s rate ten times away', () => {
    expect(suggestedRate(stalled, 3)).toBe(0.3);
    expect(suggestedRate(slow, 0.001)).toBe(0.01);
  });
});
