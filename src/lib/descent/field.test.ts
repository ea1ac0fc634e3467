import { describe, expect, it } from 'vitest';
import { descentField, sampleGrid } from './field';
import { SURFACES } from './functions';

const box = { x0Min: -2, x0Max: 2, x1Min: -1, x1Max: 3 };

describe('sampleGrid', () => {
  it('is row-major with x1 rising by row, corners included', () => {
    const v = sampleGrid(SURFACES.bowl.f, box, 3, 5);
    expect(v).toHaveLength(15);
    expect(v[0]).toBe(5); // (−2, −1)
    expect(v[2]).toBe(5); // (2, −1)
    expect(v[1 * 3 + 1]).toBe(0); // (0, 0)
    expect(v[14]).toBe(13); // (2, 3)
  });
});

describe('descentField', () => {
  it('points along −∇f = (−2x0, −2x1) for the bowl', () => {
    const arrows = descentField(SURFACES.bowl.f, box, 3);
    expect(arrows).toHaveLength(9);
    expect(arrows[0].x0).toBe(-2);
    expect(arrows[0].x1).toBe(-1);
    expect(arrows[0].d0).toBeCloseTo(4, 8);
    expect(arrows[0].d1).toBeCloseTo(2, 8);
    const centre = arrows[4];
    expect([centre.x0, centre.x1]).toEqual([0, 1]);
    expect(centre.d0).toBeCloseTo(0, 12);
    expect(centre.d1).toBeCloseTo(-2, 8);
  });
});
