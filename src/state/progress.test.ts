import { describe, expect, it } from 'vitest';
import { progressOf, slugsFrom, storedFrom } from './progress';

describe('stored lesson progress', () => {
  it('keeps only known lessons, once each, in lesson order', () => {
    expect(slugsFrom(['draw', 'intro', 'nope', 'intro', 3])).toEqual(['intro', 'draw']);
    expect(slugsFrom('intro')).toEqual([]);
  });
  it('reads foreign or corrupt data as no progress, and completed implies visited', () => {
    expect(storedFrom(null)).toEqual({ visited: [], completed: [] });
    expect(storedFrom({ lang: 'en' })).toEqual({ visited: [], completed: [] });
    expect(storedFrom({ visited: ['mse'], completed: ['cee'] })).toEqual({ visited: ['mse', 'cee'], completed: ['cee'] });
  });
  it('names the state of one lesson', () => {
    const state = { visited: ['intro', 'mse'] as const, completed: ['intro'] as const };
    const s = { visited: [...state.visited], completed: [...state.completed] };
    expect(progressOf(s, 'intro')).toBe('completed');
    expect(progressOf(s, 'mse')).toBe('visited');
    expect(progressOf(s, 'draw')).toBe('new');
  });
});
