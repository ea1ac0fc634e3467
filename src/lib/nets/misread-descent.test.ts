import { describe, expect, it } from 'vitest';
import { LossInputError } from '../losses';
import { fromRows } from '../matrix';
import { correctScoreGradient, misreadCounts, misreadDescent, misreadScoreGradient } from './misread-descent';
import { NOTES_SIMPLE_NET, notesMisreadGradient, SimpleNet } from './simple-net';

const { x, t } = NOTES_SIMPLE_NET;
const notesNet = () => new SimpleNet(fromRows(NOTES_SIMPLE_NET.W));

describe("descent on the notes' misread loss (one-hot t read as indices)", () => {
  it('reads t = (0, 0, 1) as the counts c = (2, 1, 0), and refuses entries that are not indices', () => {
    expect(Array.from(misreadCounts(t, 3))).toEqual([2, 1, 0]);
    expect(() => misreadCounts([0, 0.5, 1], 3)).toThrow(LossInputError);
    expect(() => misreadCounts([0, 3], 3)).toThrow(LossInputError);
  });

  it('has ∂L/∂a = 3y − (2, 1, 0) beside the correct y − t', () => {
    const net = notesNet();
    const y = net.probabilities(x);
    const misread = misreadScoreGradient(net, x, t);
    const correct = correctScoreGradient(net, x, t);
    [0, 1, 2].forEach((k) => {
      expect(misread[k]).toBeCloseTo(3 * y[k] - [2, 1, 0][k], 15);
      expect(correct[k]).toBeCloseTo(y[k] - t[k], 15);
    });
    expect(misread[0]).toBeCloseTo(-0.34966724, 8);
    expect(misread[2]).toBeCloseTo(0.47403057, 8);
    expect(correct[2]).toBeCloseTo(-0.84198981, 8);
  });

  it("its ∂L/∂W = xᵀ(3y − c) is, to 10⁻⁶ (δ and h), the notes' printed gradient (the numerical one of the misread loss)", () => {
    const net = notesNet();
    const numerical = notesMisreadGradient(net, x, t).data;
    const misread = misreadScoreGradient(net, x, t);
    [0, 1].forEach((i) => [0, 1, 2].forEach((k) => expect(x[i] * misread[k]).toBeCloseTo(numerical[i * 3 + k], 6)));
    expect(x[0] * misread[0]).toBeCloseTo(-0.20980036, 7);
  });

  it('raises the wrong class 0 toward 2/3 and sinks the true class 2 toward 0 (η = 0.1)', () => {
    const nets = misreadDescent(notesNet(), x, t, 0.1, 50);
    expect(nets).toHaveLength(51);
    const first = nets[0].probabilities(x);
    const last = nets[50].probabilities(x);
    expect(first[0]).toBeCloseTo(0.5501, 4);
    expect(first[2]).toBeCloseTo(0.1580, 4);
    expect(last[0]).toBeCloseTo(0.6515, 4);
    expect(last[1]).toBeCloseTo(0.3166, 4);
    expect(last[2]).toBeCloseTo(0.0319, 4);
    // The loss as meant, −log y₂, rises at every step.
    for (let s = 1; s <= 50; s++) expect(nets[s].loss(x, t)).toBeGreaterThan(nets[s - 1].loss(x, t));
    expect(nets[50].loss(x, t)).toBeCloseTo(3.4459, 4);
  });

  it('refuses a step count that is not a non-negative integer', () => {
    expect(() => misreadDescent(notesNet(), x, t, 0.1, -1)).toThrow(RangeError);
    expect(misreadDescent(notesNet(), x, t, 0.1, 0)).toHaveLength(1);
  });
});
