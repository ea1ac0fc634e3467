/**
 * The stroke set: every style of every digit (glyphs.ts) written by a range of hands (writer.ts) —
 * small and large, centred and off in a corner, upright and slanted both ways, wide and narrow, a
 * mouse, a light and a heavy pen, lines gone over twice, slow and fast strokes, steady and shaky.
 */
import type { StrokePoint } from '../../src/lib/digits/strokes';
import { createRng } from '../../src/lib/random';
import { type Glyph, GLYPHS } from './glyphs';
import { SKETCHES } from './sketches';
import { type Hand, PAD, write } from './writer';

export interface Drawing {
  digit: number;
  style: string;
  hand: string;
  strokes: StrokePoint[][];
}

/** A steady mouse drawing a large upright digit in the middle of the pad: the hands below change a few of its habits. */
export const BASE_HAND: Hand = { height: 200, aspect: 1, centre: [0.5, 0.5], slant: 0, rotation: 0, wobble: 0.02, elastic: 0.08, spacing: 6, pressure: null, passes: 1 };

/** The hands, by name: each changes a few habits of a steady mouse drawing a large upright digit. */
export const HANDS: Record<string, Partial<Hand>> = {
  large: { height: 230 },
  small: { height: 90, centre: [0.45, 0.55] },
  tiny: { height: 40, centre: [0.3, 0.3], spacing: 3 },
  corner: { height: 110, centre: [0.75, 0.78] },
  top: { height: 120, centre: [0.3, 0.25] },
  right: { height: 200, slant: 22, rotation: 4 },
  left: { height: 170, slant: -14 },
  wide: { height: 150, aspect: 1.45 },
  narrow: { height: 220, aspect: 0.7, slant: 8 },
  light: { height: 180, pressure: 0.15 },
  heavy: { height: 160, pressure: 0.95 },
  bold: { height: 190, passes: 2 },
  fast: { height: 210, spacing: 22, wobble: 0.01 },
  shaky: { height: 160, wobble: 0.05, spacing: 4 },
};

/** Every digit × style of `glyphs` × named hand, each drawing with its own seed from `firstSeed` on. */
export function writeEvery(glyphs: Readonly<Record<number, Record<string, Glyph>>>, hands: Record<string, Partial<Hand>>, names: readonly string[], firstSeed: number): Drawing[] {
  const out: Drawing[] = [];
  let seed = firstSeed;
  for (let digit = 0; digit <= 9; digit++) {
    for (const [style, glyph] of Object.entries(glyphs[digit])) {
      for (const hand of names) out.push({ digit, style, hand, strokes: write(glyph, { ...BASE_HAND, ...hands[hand] }, seed++) });
    }
  }
  return out;
}

/** Every digit × style × hand, each with its own seed. */
export function strokeSet(hands: readonly string[] = Object.keys(HANDS)): Drawing[] {
  return writeEvery(GLYPHS, HANDS, hands, 1000);
}

/**
 * Drawings by hands drawn at random from wide ranges (size, place, width, slant, rotation, wobble,
 * bending, speed, pen or mouse, lines gone over), of both the smooth glyphs and the coarse sketches:
 * none of these hands is one of HANDS, so the set measures how the pipeline does on drawings it was
 * not tuned on.
 */
export function heldOutSet(count: number, seed: number): Drawing[] {
  const rng = createRng(seed);
  const between = (lo: number, hi: number) => lo + (hi - lo) * rng.uniform();
  const out: Drawing[] = [];
  for (let k = 0; k < count; k++) {
    const digit = k % 10;
    const family = rng.uniform() < 0.5 ? GLYPHS : SKETCHES;
    const styles = Object.entries(family[digit]);
    const [style, glyph] = styles[Math.floor(rng.uniform() * styles.length)];
    const height = between(35, 250);
    const aspect = between(0.7, 1.5);
    const half = (height * Math.max(1, aspect)) / 2 / PAD + 0.02;
    const hand: Hand = {
      height,
      aspect,
      centre: [between(half, 1 - half), between(height / 2 / PAD + 0.02, 1 - height / 2 / PAD - 0.02)],
      slant: between(-18, 28),
      rotation: between(-10, 10),
      wobble: between(0.005, 0.045),
      elastic: between(0.02, 0.12),
      spacing: between(2, 26),
      pressure: rng.uniform() < 0.3 ? between(0.1, 1) : null,
      passes: rng.uniform() < 0.15 ? 2 : 1,
    };
    out.push({ digit, style: `${family === GLYPHS ? 'glyph' : 'sketch'}:${style}`, hand: 'random', strokes: write(glyph, hand, seed * 7919 + k) });
  }
  return out;
}
