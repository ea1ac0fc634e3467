import { describe, expect, it } from 'vitest';
import { readParams, writeParams } from '../../state/url-state';
import { isPresetActive, notesPrintedFor, PRESETS } from './presets';
import { URL_TABLE } from './url-state';

describe('the gradient-descent URL table', () => {
  it('round-trips a teacher’s compare setup', () => {
    const { state } = readParams(URL_TABLE, '');
    const shared = { ...state, fn: 'rosenbrock' as const, x0: -1.5, x1: 2, steps: 1000, cmp: true, rates: [0.001, 0.002, 0.0025] };
    const query = writeParams(URL_TABLE, shared);
    expect(query).toBe('fn=rosenbrock&x0=-1.5&x1=2&steps=1000&cmp=1&rates=0.001,0.002,0.0025');
    expect(readParams(URL_TABLE, query)).toEqual({ state: shared, invalid: [] });
  });
  it('rejects absurd values key by key and keeps the rest', () => {
    const { state, invalid } = readParams(URL_TABLE, 'lr=1e400&steps=-3&x0=NaN&x1=2&fn=<script>&rates=1,2,3,4,5,6,7&cmp=yes&fn2=bowl');
    expect(invalid.sort()).toEqual(['cmp', 'fn', 'lr', 'rates', 'steps', 'x0']);
    expect(state.lr).toBe(0.1);
    expect(state.steps).toBe(100);
    expect(state.x0).toBe(-3);
    expect(state.x1).toBe(2);
  });
  it('opens compare mode on rates whose f(x) curves on the bowl all differ: no two share |1 − 2·lr|', () => {
    const { rates } = readParams(URL_TABLE, '').state;
    expect(rates).toEqual([0.01, 0.1, 0.95, 1.1]);
    expect(new Set(rates.map((lr) => Math.abs(1 - 2 * lr).toFixed(9))).size).toBe(rates.length);
  });
  it('refuses a compare set with the same rate twice', () => {
    expect(readParams(URL_TABLE, 'rates=0.1,0.5,0.1').invalid).toEqual(['rates']);
    expect(readParams(URL_TABLE, 'rates=0.1,0.5').state.rates).toEqual([0.1, 0.5]);
  });
});

describe('presets', () => {
  it('knows the notes’ printed result only for the notes’ own runs', () => {
    const notes = PRESETS.filter((p) => p.notesPrinted);
    expect(notes.map((p) => p.patch.lr)).toEqual([0.1, 10, 1e-10]);
    expect(notesPrintedFor({ fn: 'bowl', x0: -3, x1: 4, lr: 10, steps: 100 })).toBe('[-2.58983747e+13 -1.29524862e+12]');
    expect(notesPrintedFor({ fn: 'bowl', x0: -3, x1: 4, lr: 10, steps: 99 })).toBeNull();
  });
});

describe('the notes’ three runs side by side', () => {
  const preset = PRESETS.find((p) => p.id === 'notes-side-by-side');
  it('compares 1e-10, 0.1 and 10 on the notes’ bowl, start and steps, and is pressed exactly then', () => {
    expect(preset?.patch).toEqual({ fn: 'bowl', x0: -3, x1: 4, steps: 100, cmp: true, rates: [1e-10, 0.1, 10] });
    if (!preset) return;
    const { state } = readParams(URL_TABLE, 'cmp=1&rates=1e-10,0.1,10');
    expect(isPresetActive(preset, state)).toBe(true);
    expect(isPresetActive(preset, { ...state, rates: [1e-10, 0.1] })).toBe(false);
    expect(isPresetActive(preset, { ...state, rates: [0.1, 1e-10, 10] })).toBe(false);
  });
});
