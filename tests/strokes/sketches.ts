/**
 * A second, independent way of writing the ten digits: coarse point lists, as one would type them
 * by hand into a test — few points, straight pieces between them, loops as polygons. The pad must
 * read these as well as the smooth glyphs (glyphs.ts), which they share no code with.
 */
import type { Glyph } from './glyphs';

const pts = (...xy: number[]) => Array.from({ length: xy.length / 2 }, (_, k) => ({ x: xy[2 * k], y: xy[2 * k + 1] }));

/** An n-gon loop of radii (rx, ry) around (cx, cy), starting at angle a0 (degrees, 0 = right, 90 = down), going `turn` degrees. */
function loop(cx: number, cy: number, rx: number, ry: number, a0: number, turn: number, n: number) {
  return Array.from({ length: n + 1 }, (_, k) => {
    const a = ((a0 + (turn * k) / n) * Math.PI) / 180;
    return { x: cx + rx * Math.cos(a), y: cy + ry * Math.sin(a) };
  });
}

export const SKETCHES: Record<number, Record<string, Glyph>> = {
  0: {
    poly: [loop(0.5, 0.5, 0.3, 0.45, -90, -370, 12)],
    box: [pts(0.5, 0.05, 0.25, 0.2, 0.22, 0.75, 0.5, 0.95, 0.78, 0.75, 0.75, 0.2, 0.5, 0.05)],
  },
  1: {
    line: [pts(0.5, 0.05, 0.5, 0.95)],
    flag: [pts(0.35, 0.2, 0.52, 0.05, 0.52, 0.95)],
  },
  2: {
    poly: [pts(0.25, 0.25, 0.4, 0.08, 0.62, 0.08, 0.75, 0.25, 0.7, 0.45, 0.25, 0.92, 0.8, 0.92)],
    hook: [[...loop(0.5, 0.3, 0.25, 0.22, 180, 200, 8), ...pts(0.22, 0.92, 0.8, 0.92).map((p, k) => (k === 0 ? p : p))]],
  },
  3: {
    poly: [pts(0.25, 0.12, 0.55, 0.05, 0.75, 0.2, 0.7, 0.38, 0.45, 0.48, 0.72, 0.6, 0.75, 0.8, 0.55, 0.95, 0.25, 0.88)],
    z: [pts(0.25, 0.08, 0.75, 0.08, 0.45, 0.42, 0.7, 0.55, 0.75, 0.78, 0.55, 0.95, 0.25, 0.9)],
  },
  4: {
    two: [pts(0.6, 0.05, 0.2, 0.65, 0.85, 0.65), pts(0.65, 0.35, 0.65, 0.95)],
    open: [pts(0.3, 0.05, 0.25, 0.55, 0.8, 0.55), pts(0.68, 0.1, 0.68, 0.95)],
  },
  5: {
    two: [pts(0.3, 0.08, 0.28, 0.45, 0.55, 0.4, 0.75, 0.55, 0.75, 0.78, 0.55, 0.93, 0.25, 0.88), pts(0.3, 0.08, 0.75, 0.08)],
    one: [pts(0.75, 0.08, 0.3, 0.08, 0.28, 0.45, 0.55, 0.4, 0.75, 0.55, 0.75, 0.78, 0.55, 0.93, 0.25, 0.88)],
  },
  6: {
    poly: [[...pts(0.68, 0.05, 0.4, 0.25, 0.25, 0.55), ...loop(0.5, 0.7, 0.25, 0.23, 180, -360, 9)]],
    stem: [[...pts(0.6, 0.05, 0.3, 0.6), ...loop(0.5, 0.72, 0.22, 0.2, 200, -360, 8)]],
  },
  7: {
    poly: [pts(0.2, 0.08, 0.8, 0.08, 0.42, 0.95)],
    bar: [pts(0.2, 0.08, 0.8, 0.08, 0.45, 0.95), pts(0.35, 0.5, 0.75, 0.5)],
  },
  8: {
    poly: [pts(0.7, 0.15, 0.5, 0.05, 0.3, 0.15, 0.32, 0.35, 0.68, 0.62, 0.72, 0.85, 0.5, 0.95, 0.28, 0.85, 0.32, 0.62, 0.68, 0.35, 0.7, 0.15)],
    rings: [loop(0.5, 0.27, 0.2, 0.22, -90, 360, 10), loop(0.5, 0.73, 0.25, 0.23, -90, 360, 10)],
  },
  9: {
    poly: [[...loop(0.5, 0.3, 0.24, 0.25, 0, -360, 10), ...pts(0.74, 0.95)]],
    two: [loop(0.48, 0.3, 0.25, 0.25, 0, -360, 10), pts(0.74, 0.1, 0.7, 0.95)],
  },
};
