import { describe, expect, it } from 'vitest';
import { gradientDescent } from '../../lib/gradient';
import { SURFACES } from '../../lib/descent/functions';
import { formatShare, isSlow, remainingShare } from './progress';

const verdict = (lr: number, steps: number) => {
  const path = gradientDescent(SURFACES.bowl.f, [-3, 4], lr, steps).path;
  const share = remainingShare('bowl', path);
  return { share, slow: isSlow(share, steps) };
};

describe('a slow path on x₀² + x₁² from (−3, 4)', () => {
  it('is one whose small steps leave much of the way: lr = 1e−4 and 0.01 over 100 steps', () => {
    expect(verdict(1e-4, 100).slow).toBe(true);
    expect(formatShare(verdict(1e-4, 100).share)).toBe('98');
    expect(verdict(0.01, 100).slow).toBe(true);
  });

  it('is not the notes’ lr = 0.1 cut short after one step, nor one that got there', () => {
    expect(verdict(0.1, 1)).toMatchObject({ slow: false });
    expect(verdict(0.1, 1).share).toBeCloseTo(0.8, 12);
    expect(verdict(0.1, 100).slow).toBe(false);
  });
});
