import { describe, expect, it } from 'vitest';
import { argmaxRows } from '../lib/matrix';
import { imageBatch } from '../lib/mnist/batch';
import { TwoLayerNet } from '../lib/nets/two-layer-net';
import { syntheticSet } from '../../tests/unit/synthetic-mnist';
import { accuracyOf, allIndices, confusionOf, predictAugmented, predictClasses, stridedIndices } from './evaluation';
import { AUGMENTED_TEST_SEED, augmentImages } from '../lib/digits/augment';
import { createRng } from '../lib/random';
import { predictFromBytes } from '../lib/nets/predict-bytes';

describe('subsets', () => {
  it('spread a fixed subset evenly over the set', () => {
    const subset = stridedIndices(10_000, 1000);
    expect(subset).toHaveLength(1000);
    expect(Array.from(subset.slice(0, 3))).toEqual([0, 10, 20]);
    expect(subset[999]).toBe(9990);
    expect(Array.from(stridedIndices(3, 10))).toEqual([0, 1, 2]);
  });
});

describe('predictions', () => {
  const set = syntheticSet(40, 3);
  const net = new TwoLayerNet({ inputSize: 784, hiddenSize: 8, outputSize: 10, weightInitStd: 0.5, seed: 9 });

  it('from bytes equal the argmax of TwoLayerNet.predict on the normalised batch', () => {
    const indices = allIndices(set.count);
    const out = new Int32Array(indices.length);
    predictFromBytes(net.params, set.images, 784, indices, out);
    expect(Array.from(out)).toEqual(Array.from(argmaxRows(net.predict(imageBatch(set.images, 784, indices)))));
  });

  it('come in chunks for several networks, and accuracy counts matches', () => {
    const indices = Int32Array.from([5, 17, 33]);
    const steps = predictClasses([net, net], set, indices);
    let step = steps.next();
    while (!step.done) step = steps.next();
    expect(step.value).toHaveLength(2);
    const labels = Int32Array.from(indices, (i) => set.labels[i]);
    expect(accuracyOf(labels, set, indices)).toBe(1);
    expect(accuracyOf(Int32Array.from([9, 9, 9]), set, indices)).toBe(0);
  });
});

describe('predictAugmented', () => {
  it('equals the predictions on the whole set augmented at once, in short steps even for a race of wide networks', () => {
    const set = syntheticSet(300, 5);
    const wide = new TwoLayerNet({ inputSize: 784, hiddenSize: 500, outputSize: 10, weightInitStd: 0.1, seed: 3 });
    const nets = [wide, new TwoLayerNet({ inputSize: 784, hiddenSize: 500, outputSize: 10, weightInitStd: 0.1, seed: 4 })];
    const whole = augmentImages(set.images, set.rows, set.cols, allIndices(set.count), createRng(AUGMENTED_TEST_SEED));
    const expected = nets.map((net) => {
      const out = new Int32Array(set.count);
      predictFromBytes(net.params, whole, 784, allIndices(set.count), out);
      return Array.from(out);
    });
    const steps = predictAugmented(nets, set);
    let count = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) count++;
    expect(step.value.map((p) => Array.from(p))).toEqual(expected);
    // 25 images of 784 pixels through 500 hidden units per step: 12 chunks, one step per network.
    expect(count).toBe(24);
  });
});

describe('confusionOf', () => {
  it('counts (label, predicted) pairs and lists the first mistakes', () => {
    const set = { count: 4, rows: 28, cols: 28, images: new Uint8Array(4 * 784), labels: Uint8Array.from([0, 1, 1, 2]) };
    const { confusion, misclassified } = confusionOf(Int32Array.from([0, 1, 2, 0]), set, 1);
    expect(confusion[0 * 10 + 0]).toBe(1);
    expect(confusion[1 * 10 + 1]).toBe(1);
    expect(confusion[1 * 10 + 2]).toBe(1);
    expect(confusion[2 * 10 + 0]).toBe(1);
    expect(confusion.reduce((a, b) => a + b, 0)).toBe(4);
    expect(misclassified).toEqual([{ index: 2, label: 1, predicted: 2 }]);
  });
});
