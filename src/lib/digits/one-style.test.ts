import { describe, expect, it } from 'vitest';
import { createRng } from '../random';
import { addOneStyle, drawOneStyle } from './one-style';

const DEGREE = Math.PI / 180;

/** A 28 × 28 stick from (x, 4) down to (x + lean, 23), three pixels wide. */
function stick(lean = 0): Uint8Array {
  const image = new Uint8Array(784);
  for (let y = 4; y <= 23; y++) {
    const x = Math.round(13 + (lean * (y - 4)) / 19);
    for (let dx = 0; dx < 3; dx++) image[y * 28 + x + dx] = 255;
  }
  return image;
}

const inkIn = (image: Uint8Array, x0: number, x1: number, y0: number, y1: number) => {
  let sum = 0;
  for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) sum += image[y * 28 + x];
  return sum;
};

describe('a flag and a foot for a 1', () => {
  it('draws the flag down to the left of the top, and moves the mass that way', () => {
    const out = new Uint8Array(784);
    const moved = addOneStyle(stick(), 0, 28, 28, { flag: 0.4, angle: 45 * DEGREE, foot: 0 }, out);
    // 0.4 of a 20-pixel stick at 45°: about 5.7 pixels left and down from the top.
    expect(inkIn(out, 7, 11, 5, 11)).toBeGreaterThan(4 * 255);
    expect(inkIn(out, 17, 27, 0, 27)).toBe(0);
    expect(inkIn(out, 0, 27, 18, 27)).toBe(inkIn(stick(), 0, 27, 18, 27));
    expect(moved?.[0]).toBeLessThan(-0.3);
    expect(moved?.[1]).toBeLessThan(0);
  });

  it('draws a foot across the bottom of an upright stick', () => {
    const out = new Uint8Array(784);
    addOneStyle(stick(), 0, 28, 28, { flag: 0.3, angle: 45 * DEGREE, foot: 0.3 }, out);
    expect(inkIn(out, 8, 11, 22, 23)).toBeGreaterThan(4 * 255);
    expect(inkIn(out, 17, 20, 22, 23)).toBeGreaterThan(4 * 255);
  });

  it('leaves out the foot under a slanted stick (it would read as a 2), keeping the flag', () => {
    const out = new Uint8Array(784);
    expect(addOneStyle(stick(-6), 0, 28, 28, { flag: 0.3, angle: 30 * DEGREE, foot: 0.3 }, out)).not.toBeNull();
    expect(inkIn(out, 0, 27, 22, 23)).toBe(inkIn(stick(-6), 0, 27, 22, 23));
  });

  it('leaves a 1 that leans back as it is: its flag would make a roof', () => {
    const out = new Uint8Array(784);
    expect(addOneStyle(stick(8), 0, 28, 28, { flag: 0.4, angle: 30 * DEGREE, foot: 0 }, out)).toBeNull();
    expect(Array.from(out)).toEqual(Array.from(stick(8)));
  });

  it('leaves a blank image blank', () => {
    const out = new Uint8Array(784).fill(7);
    expect(addOneStyle(new Uint8Array(784), 0, 28, 28, { flag: 0.4, angle: 45 * DEGREE, foot: 0.2 }, out)).toBeNull();
    expect(out.every((v) => v === 0)).toBe(true);
  });

  it('draws styles within its ranges, a foot about half the time', () => {
    const rng = createRng(4);
    const styles = Array.from({ length: 400 }, () => drawOneStyle(rng));
    for (const s of styles) {
      expect(s.flag).toBeGreaterThanOrEqual(0.2);
      expect(s.flag).toBeLessThanOrEqual(0.55);
      expect(s.angle).toBeGreaterThanOrEqual(30 * DEGREE);
      expect(s.angle).toBeLessThanOrEqual(60 * DEGREE);
    }
    const footed = styles.filter((s) => s.foot > 0).length;
    expect(footed).toBeGreaterThan(160);
    expect(footed).toBeLessThan(240);
  });
});
