import { describe, expect, it } from 'vitest';
import { readParams, RESERVED_KEYS, writeParams } from '../../state/url-state';
import { introUrlTable } from './url-state';

describe('the introduction URL table', () => {
  it('names the opened step with a key presenter mode does not use', () => {
    const keys = Object.entries(introUrlTable).map(([key, param]) => param.key ?? key);
    expect(keys.filter((key) => RESERVED_KEYS.includes(key))).toEqual([]);
  });
  it('reads the opened step beside presenter mode’s own step number', () => {
    const { state, invalid } = readParams(introUrlTable, 'loop=update&present=1&step=3');
    expect(state.step).toBe('update');
    expect(invalid).toEqual([]);
    expect(writeParams(introUrlTable, { step: 'repeat' })).toBe('loop=repeat');
  });
});
