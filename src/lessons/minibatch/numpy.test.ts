import { describe, expect, it } from 'vitest';
import { crossEntropyError, oneHot } from '../../lib/losses';
import { notesCeeWithOneHot, predictions } from '../../lib/mnist/batch-cee';
import { parseIdx } from '../../lib/mnist/idx';
import { classCounts, sampleBatchIndices } from '../../lib/mnist/sample';
import { batchCee, FIRST_TEN_LABELS, idx, mixup, sample } from './numpy';
import { numpyShape } from './numpy-shape';

const fixed = (v: number | null) => (v === null ? 'IndexError' : v.toFixed(10));

describe('the mini-batch lesson’s NumPy snippets', () => {
  it('read the header parseIdx reads', () => {
    const header = [0, 0, 8, 3, 0, 0, 0xea, 0x60, 0, 0, 0, 28, 0, 0, 0, 28];
    const bytes = new Uint8Array(header.length + 60000 * 28 * 28);
    bytes.set(header);
    const images = parseIdx(bytes);
    expect(`x_train.shape = ${numpyShape(images.dims)}\nuint8 ${images.data.length}`).toBe(idx.output);
  });
  it('draw a batch of the shapes the sampler draws', () => {
    const labels = Uint8Array.from({ length: 60000 }, (_, i) => i % 10);
    const mask = sampleBatchIndices(42, 60000, 10);
    const counts = classCounts(labels, mask).reduce((a, b) => a + b, 0);
    expect(`x_batch.shape = ${numpyShape([mask.length, 28, 28])}\ny_batch.shape = ${numpyShape([mask.length])}\n${counts}`).toBe(sample.output);
  });
  it('give the batch CEE the widget shows, both ways, and the notes’ mix-up', () => {
    const yHat = predictions('right', FIRST_TEN_LABELS, 0.7, 10);
    const y = oneHot(FIRST_TEN_LABELS, 10);
    expect([crossEntropyError(yHat, y), crossEntropyError(yHat, FIRST_TEN_LABELS)].map(fixed).join('\n')).toBe(batchCee.output);
    expect([notesCeeWithOneHot(yHat, y), crossEntropyError(yHat, FIRST_TEN_LABELS)].map(fixed).join('\n')).toBe(mixup.output);
  });
});
