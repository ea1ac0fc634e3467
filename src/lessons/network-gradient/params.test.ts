import { describe, expect, it } from 'vitest';
import { readParams, writeParams } from '../../state/url-state';
import { networkGradientParams } from './params';

describe('the lesson 5 URL table', () => {
  it("opens on the notes' example and writes nothing for it", () => {
    const { state, invalid } = readParams(networkGradientParams, '');
    expect(state).toEqual({
      w: [-0.32688493, 0.66694564, -0.33586083, 0.84330568, -0.52344912, -0.53677751],
      x: [0.6, 0.9],
      t: 2,
      seed: 1,
      lr: 0.1,
    });
    expect(invalid).toEqual([]);
    expect(writeParams(networkGradientParams, state)).toBe('');
  });

  it('round-trips a W after gradient steps to the last bit', () => {
    const w = [0.1 + 0.2, -1 / 3, 2 ** -40, 7.123456789012345, -49.99, 0];
    const search = writeParams(networkGradientParams, { ...readParams(networkGradientParams, '').state, w });
    expect(readParams(networkGradientParams, search).state.w).toEqual(w);
  });

  it.each([
    ['w=1,2,3,4,5', 'w'],
    ['w=1,2,3,4,5,6,7', 'w'],
    ['w=1,2,3,4,5,NaN', 'w'],
    ['w=1,2,3,4,5,1e9', 'w'],
    ['w=1,,3,4,5,6', 'w'],
    ['x=0.6', 'x'],
    ['x=0.6,Infinity', 'x'],
    ['t=3', 't'],
    ['t=1.5', 't'],
    ['seed=-1', 'seed'],
    ['seed=abc', 'seed'],
    ['lr=0', 'lr'],
    ['lr=1e6', 'lr'],
  ])('rejects %s and falls back to the default', (search, key) => {
    const { state, invalid } = readParams(networkGradientParams, search);
    expect(invalid).toEqual([key]);
    expect(state[key as keyof typeof state]).toEqual(networkGradientParams[key as keyof typeof state].default);
  });
});
