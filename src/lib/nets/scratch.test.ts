import { describe, expect, it } from 'vitest';
import { Scratch, float64Array, int32Array } from './scratch';

describe('Scratch', () => {
  it('lends zeros of the asked length, in the same memory while it is large enough', () => {
    const scratch = new Scratch();
    const first = scratch.float64('a', 4);
    first.fill(7);
    const again = scratch.float64('a', 3);
    expect(Array.from(again)).toEqual([0, 0, 0]);
    expect(again.buffer).toBe(first.buffer);
    const larger = scratch.float64('a', 10);
    expect(larger.length).toBe(10);
    expect(larger.buffer).not.toBe(first.buffer);
    expect(scratch.float64('b', 3).buffer).not.toBe(larger.buffer);
    const codes = scratch.int32('a', 2);
    codes.fill(-1);
    expect(Array.from(scratch.int32('a', 2))).toEqual([0, 0]);
  });
  it('falls back to fresh arrays without a scratch', () => {
    expect(float64Array(undefined, 'a', 2)).toEqual(new Float64Array(2));
    expect(int32Array(undefined, 'a', 2)).toEqual(new Int32Array(2));
    const scratch = new Scratch();
    expect(float64Array(scratch, 'a', 2).buffer).toBe(float64Array(scratch, 'a', 1).buffer);
  });
});
