import { describe, expect, it } from 'vitest';
import { syntheticSet } from '../../tests/unit/synthetic-mnist';
import { DataAssembler, dataParts, SLICE_BYTES } from './data-parts';

describe('data in parts', () => {
  it('reassembles both sets byte for byte from slices', () => {
    const train = syntheticSet(6000, 1);
    const test = syntheticSet(300, 2);
    const assembler = new DataAssembler();
    let whole = null;
    let slices = 0;
    for (const { message, transfer } of dataParts({ train, test })) {
      if (message.type === 'data-images') {
        slices++;
        expect(message.bytes.length).toBeLessThanOrEqual(SLICE_BYTES);
        expect(transfer).toEqual([message.bytes.buffer]);
      }
      whole = assembler.accept(message) ?? whole;
    }
    expect(slices).toBe(Math.ceil(train.images.length / SLICE_BYTES) + 1);
    expect(whole).not.toBeNull();
    const same = (a: Uint8Array | undefined, b: Uint8Array) => a !== undefined && Buffer.from(a).equals(Buffer.from(b));
    expect(same(whole?.train.images, train.images)).toBe(true);
    expect(same(whole?.train.labels, train.labels)).toBe(true);
    expect(same(whole?.test.images, test.images)).toBe(true);
    expect(whole?.test).toMatchObject({ count: 300, rows: 28, cols: 28 });
  });

  it('refuses a slice that does not fit and an end without both sets', () => {
    const assembler = new DataAssembler();
    expect(() => assembler.accept({ type: 'data-images', set: 'train', offset: 0, bytes: new Uint8Array(1) })).toThrow(/does not fit/);
    expect(() => assembler.accept({ type: 'data-end' })).toThrow(/both sets/);
  });
});
