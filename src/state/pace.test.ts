import { describe, expect, it } from 'vitest';
import { measurePace, NO_PACE, pace, type PaceMeasure, type PaceReport } from './pace';

const report = (iteration: number, elapsedMs: number, phase: PaceReport['phase'] = 'training', iterationFraction = 0): PaceReport => ({ iteration, iterationFraction, elapsedMs, phase });
const measureAll = (reports: PaceReport[]): PaceMeasure => reports.reduce(measurePace, NO_PACE);
const run = { iterations: 1000 };

describe('the training pace', () => {
  // A default run as the worker reports it: a slow start (baseline evaluation, the first iteration and its
  // evaluation of all 70,000 images) and then about 56 iterations a second.
  const start = [report(0, 20, 'evaluating'), report(1, 3000, 'evaluating'), report(1, 3250, 'evaluating'), report(5, 3500)];
  const training = [report(19, 3750), report(33, 4000)];

  it('is still being measured at iteration 1, instead of promising an hour for a 20-second run', () => {
    const measured = measureAll(start.slice(0, 2));
    expect(pace({ ...report(1, 3000), run, measured })).toEqual({ perSecond: null, secondsPerIteration: null, etaSeconds: null });
    // All elapsed time over all iterations: the estimate this replaces.
    expect(pace({ ...report(1, 3000), run }).etaSeconds).toBeCloseTo(2997, 0);
  });

  it('counts only the spans between two reports that found the worker training', () => {
    const measured = measureAll([...start, ...training]);
    expect(measured).toMatchObject({ iterations: 28, ms: 500 });
    const { perSecond, etaSeconds } = pace({ ...report(33, 4000), run, measured });
    expect(perSecond).toBeCloseTo(56, 9);
    expect(etaSeconds).toBeCloseTo(967 / 56, 9);
  });

  it('leaves out a later evaluation whole, time and iterations alike', () => {
    const evaluation = [report(601, 4250, 'evaluating'), report(601, 4500, 'evaluating'), report(601, 4750, 'evaluating'), report(610, 5000), report(624, 5250)];
    const measured = measureAll([...start, ...training, ...evaluation]);
    expect(measured).toMatchObject({ iterations: 42, ms: 750 });
    expect(pace({ ...report(624, 5250), run, measured }).perSecond).toBeCloseTo(56, 9);
  });

  it('measures a slow method by the share of the iteration done, and ignores time stood still in a pause', () => {
    const naive = [report(0, 300, 'evaluating'), report(0, 600, 'training', 0.001), report(0, 10_600, 'training', 0.005), report(0, 10_600, 'training', 0.005), report(0, 20_600, 'training', 0.009)];
    const measured = measureAll(naive);
    expect(measured.ms).toBe(20_000);
    expect(measured.iterations).toBeCloseTo(0.008, 12);
    const { secondsPerIteration, etaSeconds } = pace({ ...report(0, 20_600, 'training', 0.009), run, measured });
    expect(secondsPerIteration).toBeCloseTo(2500, 6);
    expect(etaSeconds).toBeCloseTo(999.991 * 2500, 3);
  });

  it('starts again from nothing: a first report alone measures no span', () => {
    expect(measurePace(NO_PACE, report(14, 1000))).toEqual({ iterations: 0, ms: 0, last: { done: 14, elapsedMs: 1000, training: true } });
  });
});
