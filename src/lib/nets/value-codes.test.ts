import { describe, expect, it } from 'vitest';
import { fromRows } from '../matrix';
import { sparseRows } from './sparse-rows';
import { Scratch } from './scratch';
import { valueCodes } from './value-codes';

/** Every entry's value, read back through its row's list and its slot. */
function readBack(x: ReturnType<typeof sparseRows>, codes: ReturnType<typeof valueCodes>): number[] {
  const out: number[] = [];
  for (let n = 0; n < x.rows; n++) for (let p = x.start[n]; p < x.start[n + 1]; p++) out.push(codes.values[codes.rowStart[n] + codes.slot[p]]);
  return out;
}

describe('valueCodes', () => {
  it('lists each row’s distinct pixel values once, in order of appearance, with a slot for every entry', () => {
    const x = sparseRows(fromRows([[255 / 255, 0, 128 / 255, 255 / 255], [0, 0, 0, 0], [3 / 255, 3 / 255, 0, 128 / 255]]));
    const codes = valueCodes(x);
    expect(Array.from(codes.rowStart)).toEqual([0, 2, 2, 4]);
    expect(Array.from(codes.values)).toEqual([1, 128 / 255, 3 / 255, 128 / 255]);
    expect(Array.from(codes.slot)).toEqual([0, 1, 0, 0, 0, 1]);
    expect(Array.from(codes.rowMaxAbs)).toEqual([1, 0, 128 / 255]);
    expect(codes.widestRow).toBe(2);
    expect(readBack(x, codes)).toEqual(Array.from(x.value));
  });
  it('numbers any other values too (negative, or not a pixel level)', () => {
    const x = sparseRows(fromRows([[0.5, -2, 0.5], [1e-9, 0, -2]]));
    const codes = valueCodes(x);
    expect(Array.from(codes.values)).toEqual([0.5, -2, 1e-9, -2]);
    expect(Array.from(codes.rowMaxAbs)).toEqual([2, 2]);
    expect(readBack(x, codes)).toEqual(Array.from(x.value));
  });
  it('gives the same codes in a scratch’s memory, also after a larger batch', () => {
    const scratch = new Scratch();
    const large = sparseRows(fromRows([[0.1, 0.2, 0.3, 0.4], [0.4, 0.3, 0.2, 0.1]]));
    const small = sparseRows(fromRows([[0, 2 / 255, 2 / 255, 0]]));
    valueCodes(large, scratch);
    expect(valueCodes(small, scratch)).toEqual(valueCodes(small));
  });
});
