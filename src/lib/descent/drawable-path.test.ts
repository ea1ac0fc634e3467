import { describe, expect, it } from 'vitest';
import { drawablePath } from './drawable-path';

const view = { x0Min: -5, x0Max: 5, x1Min: -5, x1Max: 5 };

describe('drawablePath', () => {
  it('keeps a path inside the view as it is', () => {
    const d = drawablePath([[-3, 4], [-1, 1], [0, 0]], view);
    expect(d).toEqual({ points: [[-3, 4], [-1, 1], [0, 0]], leavesViewAt: null, nonFiniteAt: null });
  });
  it('clamps huge points to the margin and says where the path left', () => {
    const d = drawablePath([[-3, 4], [57, -76], [-2.6e13, -1.3e12]], view);
    expect(d.points).toEqual([[-3, 4], [5.5, -5.5], [-5.5, -5.5]]);
    expect(d.leavesViewAt).toBe(1);
  });
  it('stops at the first Inf or NaN', () => {
    const d = drawablePath([[1, 1], [1e300, 2], [Infinity, 3], [NaN, NaN]], view);
    expect(d.points).toHaveLength(2);
    expect(d.nonFiniteAt).toBe(2);
  });
  it('draws only up to the animation step', () => {
    expect(drawablePath([[0, 0], [1, 1], [2, 2]], view, 1).points).toHaveLength(2);
  });
});
