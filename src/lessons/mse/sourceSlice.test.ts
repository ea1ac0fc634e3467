import { describe, expect, it } from 'vitest';
import lossesSource from '../../lib/losses.ts?raw';
import { sourceSlice } from './sourceSlice';

describe('sourceSlice', () => {
  it('cuts from one marker up to the next', () => {
    expect(sourceSlice('a\n/** f */\nf()\n}\n\n/** g */', '/** f', '/** g')).toBe('/** f */\nf()\n}');
  });
  it('falls back to the whole source when a marker is missing', () => {
    expect(sourceSlice('abc', 'zzz')).toBe('abc');
    expect(sourceSlice('abc def', 'def', 'zzz')).toBe('def');
  });
  it('finds the markers the lesson pages use in the real losses module', () => {
    const mse = sourceSlice(lossesSource, '/** MSE(y, t)', '/**\n * Cross-entropy error');
    expect(mse).toMatch(/^\/\*\* MSE\(y, t\)/);
    expect(mse).toContain('export function pairwiseSum');
    expect(mse).not.toContain('Cross-entropy');
    const cee = sourceSlice(lossesSource, '/**\n * Cross-entropy error', '/** One-hot rows');
    expect(cee).toContain('function distributionCee');
    expect(cee).not.toContain('export function oneHot');
  });
});
