import { describe, expect, it } from 'vitest';
import { crossEntropyError, LossInputError } from '../losses';
import { fromRows, matrix, toRows } from '../matrix';
import { createRng } from '../random';
import { descend, maxAbsDifference, NOTES_SIMPLE_NET, notesMisreadGradient, notesMisreadLoss, SimpleNet } from './simple-net';

const { x, t } = NOTES_SIMPLE_NET;
const notesNet = () => new SimpleNet(fromRows(NOTES_SIMPLE_NET.W));

/**
 * The notes print W to 8 decimals, so W here is off by up to 5e−9 per weight. Through scores = xW
 * (|x_0| + |x_1| = 1.5) that moves a score by up to 7.5e−9, and printing to 8 decimals adds 5e−9.
 */
const PRINTED_8_DECIMALS = 1.25e-8;

function expectPrinted(actual: ArrayLike<number>, printed: readonly number[], tolerance: number): void {
  expect(actual.length).toBe(printed.length);
  printed.forEach((p, i) => expect(Math.abs(actual[i] - p), `entry ${i}: ${actual[i]} vs printed ${p}`).toBeLessThanOrEqual(tolerance));
}

describe("SimpleNet with the notes' W and x", () => {
  it("predict returns the notes' printed scores [0.56284415 -0.07093683 -0.68461625] (logits, not probabilities)", () => {
    const scores = notesNet().predict(x);
    expectPrinted(scores, [0.56284415, -0.07093683, -0.68461625], PRINTED_8_DECIMALS);
    expect(scores.some((s) => s < 0)).toBe(true);
  });

  it('predicts class 0, as the notes print', () => {
    expect(notesNet().predictedClass(x)).toBe(0);
  });

  it('gives the correct loss −log(softmax(xW)_2 + δ) ≈ 1.8451 for t = (0, 0, 1), one-hot or index alike', () => {
    const net = notesNet();
    const p2 = net.probabilities(x)[2];
    expect(net.loss(x, t)).toBeCloseTo(-Math.log(p2 + 1e-7), 15);
    expect(net.loss(x, t)).toBeCloseTo(1.8451, 4);
    expect(net.loss(x, 2)).toBe(net.loss(x, t));
  });

  it('gives the correct gradient ∂L/∂W ≈ [[0.330, 0.175, −0.505], [0.495, 0.263, −0.758]]', () => {
    const grad = toRows(notesNet().numericalGradient(x, t));
    const expected = [[0.330, 0.175, -0.505], [0.495, 0.263, -0.758]];
    grad.forEach((row, i) => row.forEach((g, j) => expect(g).toBeCloseTo(expected[i][j], 3)));
  });
});

describe("the notes' mistaken reading (one-hot t fed to the label-index CEE), reproduced on purpose", () => {
  it('the batch CEE of src/lib refuses a one-hot row where labels are expected, instead of misreading it', () => {
    const y = matrix(1, 3, notesNet().probabilities(x));
    expect(() => crossEntropyError(y, t)).toThrow(LossInputError);
  });

  it('notesMisreadLoss is −(2·log(p0 + δ) + log(p1 + δ))', () => {
    const net = notesNet();
    const [p0, p1] = net.probabilities(x);
    expect(notesMisreadLoss(net, x, t)).toBeCloseTo(-(2 * Math.log(p0 + 1e-7) + Math.log(p1 + 1e-7)), 14);
  });

  it("notesMisreadLoss matches the notes' printed 2.4266863149107696 to the precision of the printed W", () => {
    // The loss moves by at most Σ|∂L/∂w|·5e−9 ≈ 7e−9 when W is rounded to 8 decimals.
    expect(Math.abs(notesMisreadLoss(notesNet(), x, t) - 2.4266863149107696)).toBeLessThan(1e-8);
  });

  it("notesMisreadGradient matches the notes' printed gradient to all 8 printed decimals", () => {
    const grad = notesMisreadGradient(notesNet(), x, t);
    expectPrinted(grad.data, [-0.20980036, -0.07461792, 0.28441828, -0.31470054, -0.11192688, 0.42662741], 5e-9 + 5e-9);
  });

  it('differs from the correct loss and gradient', () => {
    const net = notesNet();
    expect(notesMisreadLoss(net, x, t) - net.loss(x, t)).toBeGreaterThan(0.5);
    expect(maxAbsDifference(notesMisreadGradient(net, x, t), net.numericalGradient(x, t))).toBeGreaterThan(0.5);
  });

  it('refuses a t that NumPy could not index with', () => {
    expect(() => notesMisreadLoss(notesNet(), x, [0, 0.5, 0.5])).toThrow(LossInputError);
  });
});

describe('gradient check: numerical against x ⊗ (softmax(xW) − t)', () => {
  for (const seed of [1, 2, 3, 42]) {
    // The formula leaves out the δ inside the log: −log(y_t + δ) has ∂/∂a_j = −(y_t/(y_t + δ))(e_t − y)_j,
    // off by about δ/y_t relative, so |Δ| ≲ |x_i|·δ/y_t. Central differences add O(h²) = O(1e−8).
    it(`agrees within |x|·δ/y_t + 1e−7 on a random W (seed ${seed}) for every true class`, () => {
      const rng = createRng(seed);
      const net = SimpleNet.random(rng);
      const input = [rng.randn(), rng.randn()];
      const y = net.probabilities(input);
      for (const k of [0, 1, 2]) {
        const diff = maxAbsDifference(net.numericalGradient(input, k), net.analyticGradient(input, k));
        expect(diff).toBeLessThan((Math.max(...input.map(Math.abs)) * 1e-7) / y[k] + 1e-7);
        expect(diff).toBeGreaterThan(0);
      }
    });
  }

  it('the analytic gradient of the notes\' values is x ⊗ (y − t) entry by entry', () => {
    const net = notesNet();
    const y = net.probabilities(x);
    const grad = net.analyticGradient(x, 2);
    expect(grad.data[1 * 3 + 2]).toBe(x[1] * (y[2] - 1));
    expect(grad.data[0 * 3 + 1]).toBe(x[0] * y[1]);
  });
});

describe('SimpleNet.random, step and descend', () => {
  it('draws W from the seed: same seed, same W; another seed, another W', () => {
    expect(SimpleNet.random(createRng(7)).W.data).toEqual(SimpleNet.random(createRng(7)).W.data);
    expect(SimpleNet.random(createRng(7)).W.data).not.toEqual(SimpleNet.random(createRng(8)).W.data);
    expect(SimpleNet.random(createRng(7), 4, 5).W).toMatchObject({ rows: 4, cols: 5 });
  });

  it('one step is W − lr·∂L/∂W and leaves the old net unchanged', () => {
    const net = notesNet();
    const before = Float64Array.from(net.W.data);
    const grad = net.numericalGradient(x, t);
    const next = net.step(x, t, 0.5);
    next.W.data.forEach((w, i) => expect(w).toBe(before[i] - 0.5 * grad.data[i]));
    expect(net.W.data).toEqual(before);
  });

  it('50 steps with lr 0.1 lower the loss at every step and raise the true-class probability', () => {
    const nets = descend(notesNet(), x, t, 0.1, 50);
    expect(nets).toHaveLength(51);
    const losses = nets.map((n) => n.loss(x, t));
    losses.slice(1).forEach((l, i) => expect(l).toBeLessThan(losses[i]));
    expect(nets[50].probabilities(x)[2]).toBeGreaterThan(nets[0].probabilities(x)[2] + 0.3);
  });

  it('refuses a W with NaN or Infinity, and a negative step count', () => {
    expect(() => new SimpleNet(matrix(1, 2, [0, Number.NaN]))).toThrow(RangeError);
    expect(() => new SimpleNet(matrix(1, 2, [Infinity, 0]))).toThrow(RangeError);
    expect(() => descend(notesNet(), x, t, 0.1, -1)).toThrow(RangeError);
  });

  it('refuses a target of the wrong length for the analytic gradient', () => {
    expect(() => notesNet().analyticGradient(x, [0, 1])).toThrow(LossInputError);
    expect(() => notesNet().analyticGradient(x, 3)).toThrow(LossInputError);
  });
});
