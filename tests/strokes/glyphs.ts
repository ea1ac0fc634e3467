/**
 * Handwritten digit shapes for testing the drawing pad: each style is a list of strokes, each
 * stroke a dense centre line in a unit box (x and y in 0…1, y down, a digit about 0.6 wide).
 * Written from scratch as parametric curves — print and cursive forms, one- and two-stroke ways
 * of writing the same digit — so that the pipeline is tested on shapes no data set supplied.
 */

export interface P {
  x: number;
  y: number;
}

export type Glyph = P[][];

const STEPS = 48;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Straight line from a to b. */
export function line(ax: number, ay: number, bx: number, by: number): P[] {
  return Array.from({ length: 9 }, (_, k) => ({ x: ax + ((bx - ax) * k) / 8, y: ay + ((by - ay) * k) / 8 }));
}

/** Elliptic arc: θ from a0 to a1 degrees, x = cx + rx cos θ, y = cy + ry sin θ (θ = 90 is the bottom). */
export function arc(cx: number, cy: number, rx: number, ry: number, a0: number, a1: number): P[] {
  const n = Math.max(4, Math.ceil((STEPS * Math.abs(a1 - a0)) / 360));
  return Array.from({ length: n + 1 }, (_, k) => {
    const t = rad(a0 + ((a1 - a0) * k) / n);
    return { x: cx + rx * Math.cos(t), y: cy + ry * Math.sin(t) };
  });
}

/** Cubic Bézier through a and d with control points b and c. */
export function curve(a: [number, number], b: [number, number], c: [number, number], d: [number, number]): P[] {
  return Array.from({ length: 25 }, (_, k) => {
    const t = k / 24;
    const u = 1 - t;
    const w = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
    return { x: w[0] * a[0] + w[1] * b[0] + w[2] * c[0] + w[3] * d[0], y: w[0] * a[1] + w[1] * b[1] + w[2] * c[1] + w[3] * d[1] };
  });
}

/** Pieces joined into one stroke (the pen stays down). */
export function path(...parts: P[][]): P[] {
  return parts.flatMap((part, k) => (k === 0 ? part : part.slice(1)));
}

/** A figure eight in one stroke from the top, left over the top loop first; top and bottom are the loops' half-widths, split the height of the crossing. */
function eight(top: number, bottom: number, split: number, lean: number): P[] {
  return Array.from({ length: 101 }, (_, k) => {
    const t = -0.4 + ((2 * Math.PI + 0.7) * k) / 100;
    const v = (1 - Math.cos(t)) / 2;
    const upper = v < 0.5;
    const y = upper ? v * 2 * split : split + (v - 0.5) * 2 * (1 - split);
    return { x: 0.5 + lean * (0.5 - y) - (upper ? top : bottom) * Math.sin(2 * t), y };
  });
}

/** Every style of every digit, by name. */
export const GLYPHS: Record<number, Record<string, Glyph>> = {
  0: {
    oval: [arc(0.5, 0.5, 0.3, 0.48, -90, -455)],
    round: [arc(0.5, 0.52, 0.42, 0.46, -100, 265)],
    narrow: [arc(0.5, 0.5, 0.2, 0.49, -80, -440)],
    gap: [arc(0.52, 0.5, 0.32, 0.47, -70, -400)],
  },
  1: {
    stick: [line(0.52, 0, 0.48, 1)],
    flag: [path(line(0.3, 0.25, 0.55, 0), line(0.55, 0, 0.55, 1))],
    serif: [path(line(0.32, 0.22, 0.55, 0), line(0.55, 0, 0.55, 1)), line(0.3, 1, 0.8, 1)],
    bent: [curve([0.45, 0], [0.52, 0.35], [0.55, 0.7], [0.5, 1])],
  },
  2: {
    print: [path(arc(0.5, 0.3, 0.3, 0.28, 195, 370), curve([0.8, 0.35], [0.7, 0.6], [0.35, 0.8], [0.18, 1]), line(0.18, 1, 0.85, 0.98))],
    loop: [path(arc(0.48, 0.28, 0.28, 0.27, 200, 365), curve([0.76, 0.3], [0.7, 0.6], [0.4, 0.8], [0.22, 0.92]), arc(0.28, 0.86, 0.09, 0.08, 130, -200), line(0.22, 0.9, 0.85, 0.96))],
    swan: [path(curve([0.18, 0.28], [0.3, -0.08], [0.95, 0], [0.72, 0.42]), curve([0.72, 0.42], [0.55, 0.65], [0.3, 0.85], [0.15, 1]), curve([0.15, 1], [0.4, 0.9], [0.6, 1.05], [0.88, 0.95]))],
    zed: [path(line(0.2, 0.12, 0.5, 0), curve([0.5, 0], [0.85, 0], [0.85, 0.3], [0.7, 0.45]), line(0.7, 0.45, 0.18, 1), line(0.18, 1, 0.82, 1))],
  },
  3: {
    round: [path(arc(0.48, 0.26, 0.27, 0.25, 200, 450), arc(0.48, 0.75, 0.32, 0.25, -90, 160))],
    flat: [path(line(0.2, 0.02, 0.8, 0.02), line(0.8, 0.02, 0.45, 0.42), arc(0.47, 0.7, 0.33, 0.28, -100, 155))],
    cusp: [path(arc(0.5, 0.24, 0.28, 0.23, 190, 430), arc(0.48, 0.5, 0.05, 0.03, 90, 270), arc(0.5, 0.74, 0.32, 0.26, -90, 165))],
    narrow: [path(arc(0.5, 0.25, 0.2, 0.24, 200, 440), arc(0.5, 0.74, 0.25, 0.26, -95, 160))],
  },
  4: {
    open: [path(line(0.55, 0, 0.15, 0.66), line(0.15, 0.66, 0.88, 0.66)), line(0.64, 0.3, 0.64, 1)],
    square: [path(line(0.25, 0, 0.22, 0.58), line(0.22, 0.58, 0.85, 0.58)), line(0.66, 0.05, 0.66, 1)],
    closed: [path(line(0.88, 0.68, 0.12, 0.68), line(0.12, 0.68, 0.62, 0), line(0.62, 0, 0.62, 1))],
    slim: [path(line(0.35, 0, 0.28, 0.55), line(0.28, 0.55, 0.8, 0.52)), line(0.7, 0.1, 0.72, 1)],
  },
  5: {
    print: [path(line(0.3, 0.02, 0.26, 0.46), curve([0.26, 0.46], [0.6, 0.28], [0.95, 0.5], [0.8, 0.78]), curve([0.8, 0.78], [0.65, 1.04], [0.3, 1.02], [0.17, 0.86])), line(0.3, 0.02, 0.82, 0.02)],
    single: [path(line(0.82, 0.02, 0.3, 0.02), line(0.3, 0.02, 0.26, 0.45), curve([0.26, 0.45], [0.65, 0.3], [0.92, 0.55], [0.78, 0.8]), curve([0.78, 0.8], [0.62, 1.02], [0.32, 1], [0.2, 0.88]))],
    round: [path(line(0.28, 0, 0.25, 0.4), arc(0.5, 0.68, 0.32, 0.3, -140, 150)), line(0.28, 0, 0.78, 0)],
    hook: [path(line(0.3, 0.05, 0.3, 0.42), curve([0.3, 0.42], [0.9, 0.3], [0.95, 0.9], [0.45, 0.98]), curve([0.45, 0.98], [0.3, 1], [0.22, 0.95], [0.2, 0.88])), curve([0.3, 0.05], [0.5, 0], [0.65, 0.02], [0.85, 0])],
  },
  6: {
    loop: [path(curve([0.72, 0], [0.36, 0.1], [0.18, 0.45], [0.22, 0.72]), arc(0.5, 0.72, 0.28, 0.26, 180, -175))],
    stem: [path(line(0.66, 0, 0.26, 0.62), arc(0.5, 0.74, 0.27, 0.24, 200, -155))],
    round: [path(curve([0.75, 0.05], [0.3, 0], [0.15, 0.4], [0.2, 0.7]), arc(0.52, 0.7, 0.33, 0.29, 175, -180))],
    small: [path(curve([0.65, 0], [0.3, 0.2], [0.25, 0.6], [0.3, 0.8]), arc(0.5, 0.8, 0.2, 0.18, 180, -175))],
  },
  7: {
    plain: [path(line(0.15, 0.02, 0.85, 0.02), line(0.85, 0.02, 0.4, 1))],
    cross: [path(line(0.15, 0.02, 0.85, 0.02), line(0.85, 0.02, 0.42, 1)), line(0.38, 0.5, 0.82, 0.5)],
    curved: [path(line(0.18, 0.05, 0.82, 0.02), curve([0.82, 0.02], [0.6, 0.3], [0.48, 0.6], [0.45, 1]))],
    tick: [path(line(0.16, 0.16, 0.16, 0.02), line(0.16, 0.02, 0.84, 0.04), line(0.84, 0.04, 0.45, 1))],
  },
  8: {
    single: [eight(0.22, 0.28, 0.45, 0)],
    even: [eight(0.25, 0.25, 0.5, 0.05)],
    rings: [arc(0.5, 0.24, 0.22, 0.24, -90, 275), arc(0.5, 0.74, 0.28, 0.26, -90, 275)],
    lean: [eight(0.2, 0.3, 0.42, 0.12)],
  },
  9: {
    stem: [path(arc(0.5, 0.3, 0.27, 0.29, 0, -360), line(0.77, 0.3, 0.72, 1))],
    tail: [path(arc(0.48, 0.3, 0.27, 0.28, 10, -355), curve([0.75, 0.27], [0.78, 0.7], [0.62, 0.98], [0.3, 0.96]))],
    apart: [arc(0.46, 0.3, 0.28, 0.28, -10, -370), line(0.76, 0.08, 0.74, 1)],
    small: [path(arc(0.5, 0.24, 0.24, 0.22, 5, -360), line(0.74, 0.26, 0.6, 1))],
  },
};
