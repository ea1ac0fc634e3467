import { describe, expect, it } from 'vitest';
import { isPresenting, lessonHref, withPresenting } from './presenter';
import { intParam, keepReserved, readParams, writeParams } from './url-state';

const table = { n: intParam(10, 1, 1000) };

describe('presenter mode in the address', () => {
  it('is on only for present=1', () => {
    expect(isPresenting('present=1&n=3')).toBe(true);
    expect(isPresenting('present=0')).toBe(false);
    expect(isPresenting('present=<script>')).toBe(false);
    expect(isPresenting('')).toBe(false);
  });
  it('switches on and off without touching page keys', () => {
    expect(withPresenting('n=3', true)).toBe('n=3&present=1');
    expect(withPresenting('n=3&present=1', false)).toBe('n=3');
  });
  it('is ignored by page tables and survives their updates', () => {
    expect(readParams(table, 'present=1&n=5')).toEqual({ state: { n: 5 }, invalid: [] });
    expect(keepReserved('present=1&n=5', writeParams(table, { n: 7 }))).toBe('n=7&present=1');
    expect(keepReserved('present=1&n=5', writeParams(table, { n: 10 }))).toBe('present=1');
    expect(keepReserved('n=5&junk=1', writeParams(table, { n: 6 }))).toBe('n=6');
  });
  it('carries over into lesson links', () => {
    expect(lessonHref('mse', true)).toBe('#/mse?present=1');
    expect(lessonHref('mse', false)).toBe('#/mse');
  });
});
