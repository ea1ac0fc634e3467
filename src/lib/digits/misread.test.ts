import { describe, expect, it } from 'vitest';
import { classMeans, misreadHints } from './misread';

describe('classMeans', () => {
  it('averages the images of each class and leaves a missing class blank', () => {
    const images = new Uint8Array(3 * 4);
    images.set([255, 0, 0, 0], 0);
    images.set([0, 255, 0, 255], 4);
    images.set([0, 0, 0, 0], 8);
    const means = classMeans({ count: 3, rows: 2, cols: 2, images, labels: Uint8Array.from([7, 7, 1]) });
    expect(Array.from(means[7].data)).toEqual([0.5, 0.5, 0, 0.5]);
    expect(Array.from(means[1].data)).toEqual([0, 0, 0, 0]);
    expect(Array.from(means[3].data)).toEqual([0, 0, 0, 0]);
  });
});

describe('misreadHints', () => {
  const pad = 280;
  it('says nothing for a big, centred drawing with MNIST-like strokes', () => {
    expect(misreadHints({ box: { left: 60, top: 40, width: 150, height: 200 }, pad, strokeWidth: 2 })).toEqual([]);
  });
  it('names a small, off-centre drawing', () => {
    expect(misreadHints({ box: { left: 10, top: 10, width: 40, height: 50 }, pad, strokeWidth: 2 }).map((h) => h.hint)).toEqual(['small', 'off-centre']);
  });
  it('names a drawing that runs past the edge, and strokes thicker or thinner than MNIST’s', () => {
    expect(misreadHints({ box: { left: -12, top: 40, width: 150, height: 200 }, pad, strokeWidth: 3.5 }).map((h) => h.hint)).toEqual(['edge', 'thick']);
    expect(misreadHints({ box: { left: 60, top: 40, width: 150, height: 260 }, pad, strokeWidth: 2 }).map((h) => h.hint)).toEqual(['edge']);
    expect(misreadHints({ box: { left: 60, top: 40, width: 150, height: 200 }, pad, strokeWidth: 1 }).map((h) => h.hint)).toEqual(['thin']);
  });
  it('names the taps left out of the input', () => {
    expect(misreadHints({ box: { left: 60, top: 40, width: 150, height: 200 }, pad, strokeWidth: 2, taps: 2 })).toEqual([{ hint: 'taps', count: 2 }]);
  });
  it('says nothing of the edge for a drawing that touches it without going past', () => {
    expect(misreadHints({ box: { left: 0, top: 0, width: 200, height: 280 }, pad, strokeWidth: 2 })).toEqual([]);
  });
});
