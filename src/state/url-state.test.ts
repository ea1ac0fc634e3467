import { describe, expect, it } from 'vitest';
import { boolParam, enumParam, intParam, linkedAs, linkNames, numberListParam, numberParam, readParams, writeParams } from './url-state';
import { parseHash } from './route';

const table = {
  n: intParam(10, 1, 1000),
  lr: numberParam(0.1, 1e-12, 100),
  fn: enumParam<'bowl' | 'rosenbrock'>('bowl', ['bowl', 'rosenbrock']),
  delta: boolParam(true),
  y: numberListParam([0.5, 0.5], { min: 0, max: 1, minLength: 2, maxLength: 10 }),
};

describe('URL state tables', () => {
  it('round-trips values and omits defaults', () => {
    const state = { n: 42, lr: 0.1, fn: 'rosenbrock' as 'bowl' | 'rosenbrock', delta: false, y: [0.2, 0.8] };
    const search = writeParams(table, state);
    expect(search).toBe('n=42&fn=rosenbrock&delta=0&y=0.2,0.8');
    expect(readParams(table, search)).toEqual({ state, invalid: [] });
  });
  it('reads decimal numbers only: a link with lr=0x10 does not mean 16', () => {
    expect(readParams(table, 'lr=0x10&n=0x20&y=0x0,1')).toMatchObject({ state: { lr: 0.1, n: 10, y: [0.5, 0.5] }, invalid: ['n', 'lr', 'y'] });
    expect(readParams(table, 'lr=1e-3').state.lr).toBe(0.001);
  });
  it('falls back to defaults for junk and reports which keys', () => {
    const { state, invalid } = readParams(table, 'n=1e9&lr=NaN&fn=<script>&delta=yes&y=0.5,,0.5');
    expect(state).toEqual({ n: 10, lr: 0.1, fn: 'bowl', delta: true, y: [0.5, 0.5] });
    expect(invalid).toEqual(['n', 'lr', 'fn', 'delta', 'y']);
  });
  it('refuses fractional integers, empty numbers and huge strings', () => {
    expect(readParams(table, 'n=2.5&lr=').invalid).toEqual(['n', 'lr']);
    expect(readParams(table, `y=${'0,'.repeat(5000)}0`).invalid).toEqual(['y']);
    expect(readParams(table, `n=5&junk=${'x'.repeat(100000)}`)).toEqual({ state: readParams(table, '').state, invalid: ['n', 'lr', 'fn', 'delta', 'y'] });
  });
  it('parses hashes into a lesson path and its state', () => {
    expect(parseHash('#/mse?y=1,2')).toEqual({ path: 'mse', search: 'y=1,2' });
    expect(parseHash('')).toEqual({ path: '', search: '' });
    expect(parseHash('#//draw/')).toEqual({ path: 'draw', search: '' });
  });
});

describe('link names', () => {
  it('names each setting by its name in the link, which may differ from the state’s', () => {
    const linked = { step: linkedAs('loop', intParam(0, 0, 3)), n: intParam(10, 1, 1000) };
    expect(linkNames(linked, { step: 'Opened step', n: 'Batch size' })).toEqual({ loop: 'Opened step', n: 'Batch size' });
  });
});
