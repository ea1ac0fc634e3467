import { describe, expect, it } from 'vitest';
import { readModelFile } from './model-file';

const good = {
  inputSize: 784, hiddenSize: 2, outputSize: 10,
  W1: new Array(784 * 2).fill(0.01), b1: [0, 0], W2: new Array(20).fill(0.1), b2: new Array(10).fill(0),
  method: 'backprop', iterations: 100, testAccuracy: 0.9, trainedAt: '2026-01-01T00:00:00.000Z',
};
const read = (patch: Record<string, unknown>) => readModelFile(JSON.stringify({ ...good, ...patch }));

describe('reading a model file', () => {
  it('accepts a file of the first version and one of today’s', () => {
    expect(read({})).toMatchObject({ model: { hiddenSize: 2, source: 'import', createdAt: '2026-01-01T00:00:00.000Z' }, name: null });
    expect(read({ name: 'mine', createdAt: '2026-02-02T10:00:00Z', augmentation: true, augmentedAccuracy: 0.8 })).toMatchObject({ model: { createdAt: '2026-02-02T10:00:00Z', augmentation: true }, name: 'mine' });
  });

  it('refuses weights so large that a forward pass overflows to NaN, naming the field', () => {
    const W1 = new Array(784 * 2).fill(1e308);
    expect(read({ W1 })).toEqual({ problem: 'invalid', fields: ['W1'] });
    expect(read({ b2: [1e7, 0, 0, 0, 0, 0, 0, 0, 0, 0] })).toEqual({ problem: 'invalid', fields: ['b2'] });
  });

  it('refuses metadata that would print as "Invalid Date", a 300-digit count or a negative one', () => {
    expect(read({ trainedAt: 'garbage' })).toEqual({ problem: 'invalid', fields: ['createdAt'] });
    expect(read({ trainedAt: '2026-13-45T99:00:00Z' })).toEqual({ problem: 'invalid', fields: ['createdAt'] });
    expect(read({ iterations: 1e300 })).toEqual({ problem: 'invalid', fields: ['iterations'] });
    expect(read({ iterations: -5 })).toEqual({ problem: 'invalid', fields: ['iterations'] });
    expect(read({ iterations: 2.5, testAccuracy: 1.5 })).toEqual({ problem: 'invalid', fields: ['iterations', 'testAccuracy'] });
    expect(readModelFile('not json')).toEqual({ problem: 'not-json' });
  });
});
