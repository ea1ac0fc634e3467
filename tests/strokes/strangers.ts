/**
 * Ways of writing digits that the styles of glyphs.ts leave out, and habits the hands of
 * stroke-set.ts do not have: strokes in an unusual order or direction, parts drawn apart, a slashed
 * zero, a nine begun at the foot of its stem, a six with a tiny loop; drawn in a flick with a few
 * far-apart samples, by a finger on a phone, filling the pad to its edges, or partly gone over again
 * to correct it. Kept apart from GLYPHS so that the counts of the existing sets stay as they are.
 */
import { arc, curve, type Glyph, line, path } from './glyphs';
import { type Drawing, writeEvery } from './stroke-set';
import type { Hand } from './writer';

/** A stroke drawn the other way round. */
const back = (stroke: Glyph[number]) => [...stroke].reverse();

/** One more stroke over part of an earlier one, a little off it: a writer going back to fix a piece. */
function corrected(glyph: Glyph, stroke: number, from: number, to: number, dx: number, dy: number): Glyph {
  const piece = glyph[stroke].slice(Math.floor(from * glyph[stroke].length), Math.ceil(to * glyph[stroke].length));
  return [...glyph, piece.map((p) => ({ x: p.x + dx, y: p.y + dy }))];
}

export const STRANGER_GLYPHS: Record<number, Record<string, Glyph>> = {
  0: {
    slashed: [arc(0.5, 0.5, 0.3, 0.48, -90, -455), line(0.74, 0.12, 0.26, 0.88)],
    egg: [path(curve([0.5, 0], [0.05, 0.05], [0.1, 1], [0.5, 1]), curve([0.5, 1], [0.92, 1], [0.9, 0.05], [0.48, 0.02]))],
    closedAfter: [arc(0.5, 0.5, 0.3, 0.48, -60, -380), curve([0.62, 0.05], [0.58, 0.01], [0.5, 0], [0.45, 0.03])],
  },
  1: {
    longFlag: [path(line(0.12, 0.42, 0.56, 0), line(0.56, 0, 0.56, 1)), line(0.22, 1, 0.88, 1)],
    upward: [path(line(0.5, 1, 0.54, 0), line(0.54, 0, 0.3, 0.22))],
  },
  2: {
    bigLoop: [path(arc(0.5, 0.28, 0.3, 0.27, 195, 365), curve([0.8, 0.3], [0.75, 0.55], [0.45, 0.75], [0.3, 0.82]), arc(0.3, 0.86, 0.13, 0.12, -90, -360 - 60), line(0.37, 0.96, 0.88, 0.96))],
    baseApart: [path(arc(0.5, 0.3, 0.3, 0.28, 195, 370), curve([0.8, 0.35], [0.7, 0.6], [0.35, 0.8], [0.16, 0.98])), back(line(0.14, 1, 0.86, 0.98))],
  },
  3: {
    twoArcs: [arc(0.47, 0.26, 0.28, 0.25, 200, 450), arc(0.47, 0.75, 0.32, 0.25, -90, 160)],
    bigBelly: [path(arc(0.52, 0.18, 0.2, 0.17, 200, 450), arc(0.48, 0.66, 0.36, 0.33, -90, 160))],
  },
  4: {
    stemFirst: [line(0.64, 0, 0.64, 1), path(line(0.44, 0, 0.12, 0.64), line(0.12, 0.64, 0.88, 0.64))],
    barToStem: [path(line(0.2, 0, 0.18, 0.56), line(0.18, 0.56, 0.72, 0.56)), line(0.72, 0, 0.72, 1)],
    fixedStem: corrected([path(line(0.55, 0, 0.15, 0.66), line(0.15, 0.66, 0.88, 0.66)), line(0.64, 0.3, 0.64, 1)], 1, 0.3, 1, 0.03, 0),
  },
  5: {
    floatingBar: [path(line(0.3, 0.1, 0.27, 0.46), curve([0.27, 0.46], [0.6, 0.28], [0.95, 0.5], [0.8, 0.78]), curve([0.8, 0.78], [0.65, 1.04], [0.3, 1.02], [0.17, 0.86])), line(0.42, 0.02, 0.86, 0)],
    barFirst: [back(line(0.3, 0.02, 0.84, 0.02)), path(line(0.3, 0.04, 0.26, 0.46), curve([0.26, 0.46], [0.6, 0.28], [0.95, 0.5], [0.8, 0.78]), curve([0.8, 0.78], [0.65, 1.04], [0.3, 1.02], [0.17, 0.86]))],
  },
  6: {
    tinyLoop: [path(curve([0.72, 0], [0.35, 0.15], [0.3, 0.6], [0.38, 0.86]), arc(0.5, 0.86, 0.13, 0.12, 180, -175))],
    open: [path(curve([0.72, 0], [0.36, 0.1], [0.18, 0.45], [0.22, 0.72]), arc(0.5, 0.72, 0.28, 0.26, 180, -110))],
  },
  7: {
    twoStrokes: [line(0.15, 0.02, 0.85, 0.02), line(0.82, 0.05, 0.4, 1)],
    steep: [path(line(0.3, 0.02, 0.8, 0.02), line(0.8, 0.02, 0.68, 1))],
    longBar: [path(line(0.05, 0.04, 0.95, 0.02), line(0.95, 0.02, 0.45, 1)), line(0.45, 0.52, 0.85, 0.52)],
  },
  8: {
    sAndBack: [path(arc(0.5, 0.25, 0.22, 0.23, -40, -270), arc(0.5, 0.73, 0.27, 0.25, -90, 150)), curve([0.27, 0.86], [0.18, 0.6], [0.76, 0.46], [0.7, 0.1])],
    middleStart: [path(arc(0.5, 0.25, 0.22, 0.23, 90, -270), arc(0.5, 0.73, 0.27, 0.25, -90, 270))],
  },
  9: {
    stemUp: [path(line(0.72, 1, 0.76, 0.3), arc(0.5, 0.3, 0.26, 0.28, 0, -360))],
    bigLoop: [path(arc(0.5, 0.36, 0.32, 0.34, 0, -360), line(0.82, 0.36, 0.78, 1))],
    fixedLoop: corrected([path(arc(0.5, 0.3, 0.27, 0.29, 0, -360), line(0.77, 0.3, 0.72, 1))], 0, 0, 0.45, -0.02, 0.01),
  },
};

/** How strangers draw: as the other sets do, and in habits of their own. */
export const STRANGER_HANDS: Record<string, Partial<Hand>> = {
  steady: {},
  /** A flick of the mouse: the pointer reports a sample every 45 pad pixels. */
  flick: { height: 210, spacing: 45, wobble: 0.01 },
  /** A finger on a phone: wobbly, bent, a little wide, samples close together. */
  finger: { height: 190, aspect: 1.2, wobble: 0.045, elastic: 0.12, spacing: 5, slant: 6 },
  /** Top to bottom of the pad, touching both edges. */
  edge: { height: 278, aspect: 0.9 },
  /** Small and slanted, in a lower corner. */
  corner: { height: 80, centre: [0.78, 0.8], slant: 18 },
};

/** Every stranger style × stranger hand, each with its own seed. */
export function strangerSet(hands: readonly string[] = Object.keys(STRANGER_HANDS)): Drawing[] {
  return writeEvery(STRANGER_GLYPHS, STRANGER_HANDS, hands, 5000);
}
