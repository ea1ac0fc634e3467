import { describe, expect, it } from 'vitest';
import { validateNumber } from './use-number-draft';

describe('validateNumber', () => {
  it('accepts decimal notation only: "0x10" is not a learning rate of 16', () => {
    expect(validateNumber('0x10', { min: 1e-6, max: 100 })).toMatchObject({ ok: false, key: 'invalidNumber' });
    expect(validateNumber('0b1', {})).toMatchObject({ ok: false });
    expect(validateNumber('1e-2', { min: 1e-6, max: 100 })).toEqual({ ok: true, value: 0.01 });
    expect(validateNumber('−3', {})).toEqual({ ok: true, value: -3 });
  });
});
