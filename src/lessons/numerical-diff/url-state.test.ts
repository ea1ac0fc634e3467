import { describe, expect, it } from 'vitest';
import { readParams, writeParams } from '../../state/url-state';
import { URL_TABLE } from './url-state';

describe('the numerical-differentiation URL table', () => {
  it('opens on sin x, whose sweep has a best h, and writes only what differs', () => {
    const { state } = readParams(URL_TABLE, '');
    expect(state).toEqual({ curve: 'sin', x: 1, hexp: -4 });
    expect(writeParams(URL_TABLE, { ...state, curve: 'square', hexp: -8 })).toBe('curve=square&hexp=-8');
  });
  it('accepts only the h exponents the slider offers', () => {
    expect(readParams(URL_TABLE, 'hexp=-50').state.hexp).toBe(-50);
    expect(readParams(URL_TABLE, 'hexp=-40').invalid).toEqual(['hexp']);
    expect(readParams(URL_TABLE, 'hexp=-7.5&curve=<b>&x=11').invalid).toEqual(['curve', 'x', 'hexp']);
  });
});
