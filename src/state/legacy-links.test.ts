import { describe, expect, it } from 'vitest';
import { readParams } from './url-state';
import { URL_TABLE } from '../lessons/numerical-diff/url-state';
import { STEP_IDS } from '../lessons/intro/steps';
import { movedDiffSettings, MOVED_TO_NUMERICAL_DIFF, OLD_INTRO_STEPS, redirectOldLink } from './legacy-links';

describe('links from before lesson 4 was split', () => {
  it('names exactly the keys of the numerical-differentiation page', () => {
    expect([...MOVED_TO_NUMERICAL_DIFF]).toEqual(Object.keys(URL_TABLE));
  });
  it('sends a differentiation link to the new page with the old defaults filled in', () => {
    expect(redirectOldLink({ path: 'gradient-descent', search: 'hexp=-8' })).toEqual({ path: 'numerical-diff', search: 'curve=quad&x=5&hexp=-8' });
    expect(redirectOldLink({ path: 'gradient-descent', search: 'curve=sin&x=2&present=1' })).toEqual({ path: 'numerical-diff', search: 'curve=sin&x=2&hexp=-4&present=1' });
    const { state, invalid } = readParams(URL_TABLE, 'curve=quad&x=5&hexp=-8');
    expect(invalid).toEqual([]);
    expect(state).toEqual({ curve: 'quad', x: 5, hexp: -8 });
  });
  it('leaves descent links, mixed links and other pages alone', () => {
    expect(redirectOldLink({ path: 'gradient-descent', search: 'lr=10' })).toBeNull();
    expect(redirectOldLink({ path: 'gradient-descent', search: '' })).toBeNull();
    expect(redirectOldLink({ path: 'gradient-descent', search: 'hexp=-8&lr=10' })).toBeNull();
    expect(redirectOldLink({ path: 'network-gradient', search: 'x=0.6' })).toBeNull();
    expect(movedDiffSettings('hexp=-8&lr=10')).toBe('curve=quad&x=5&hexp=-8');
    expect(movedDiffSettings('lr=10')).toBeNull();
  });
  it('carries junk along, for the new page to reject and report', () => {
    expect(redirectOldLink({ path: 'gradient-descent', search: 'hexp=abc' })).toEqual({ path: 'numerical-diff', search: 'curve=quad&x=5&hexp=abc' });
  });
});

describe('introduction links from before the loop step was named loop', () => {
  it('knows every step of the loop', () => {
    expect([...OLD_INTRO_STEPS]).toEqual([...STEP_IDS]);
  });
  it('renames the opened step and leaves presenter mode’s step number alone', () => {
    expect(redirectOldLink({ path: 'intro', search: 'step=update' })).toEqual({ path: 'intro', search: 'loop=update' });
    expect(redirectOldLink({ path: 'intro', search: 'present=1&step=3' })).toBeNull();
    expect(redirectOldLink({ path: 'intro', search: 'loop=repeat&step=update' })).toBeNull();
    expect(redirectOldLink({ path: 'mse', search: 'step=update' })).toBeNull();
  });
});
