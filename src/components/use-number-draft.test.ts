import { describe, expect, it } from 'vitest';
import { validateNumber } from './use-number-draft';

describe('validateNumber', () => {
  it('accepts decimal notation only: "0x10" is not a learning rate of 16', () => {
    expect(validateNumber('0x10', { min: 1e-6, max: 100 })).toMatchObject({ ok: false, key: 'invalidNumber' });
    expect(validateNumber('0b1', {})).toMatchObject({ ok: false });
    expect(validateNumber('1e-2', { min: 1e-6, max: 100 })).toEqual({ ok: true, value: 0.01 });
    expect(validateNumber('−3', {})).toEqual({ ok: true, value: -3 });
  });
  it('calls a number beyond float64 too large or too small, not unreadable', () => {
    expect(validateNumber('1e400', { min: 1e-12, max: 100 })).toEqual({ ok: false, key: 'tooLarge', values: { max: 100 } });
    expect(validateNumber('-1e400', { min: -5, max: 5 })).toEqual({ ok: false, key: 'tooSmall', values: { min: -5 } });
    expect(validateNumber('1e400', {})).toEqual({ ok: false, key: 'outOfFloat', values: {} });
    expect(validateNumber('1e400', { integer: true, max: 1000 })).toMatchObject({ ok: false, key: 'tooLarge' });
    expect(validateNumber('abc', { max: 100 })).toMatchObject({ ok: false, key: 'invalidNumber' });
  });
});
