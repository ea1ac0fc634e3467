import type { Box, GrayImage } from '../../lib/digits/gray-image';
import { preprocessDigit, type DigitSteps } from '../../lib/digits/preprocess';
import { rasteriseStrokes, type RasterisedDigit } from '../../lib/digits/rasterise';
import { dropTaps } from '../../lib/digits/strokes';
import { PAD_SIZE } from './pad-canvas';
import type { PadInk } from './DrawingPad';

/**
 * A drawing smaller than this share of the pad is not blown up further: a tap stays a dot (and is
 * flagged as unlike any digit) instead of becoming a blob that fills the frame.
 */
const MIN_EXTENT_SHARE = 0.02;

/** What the network gets from the pad, and how it got there. */
export type DigitInput =
  | { kind: 'blank' }
  /** Strokes, rasterised from their samples; `box` is the ink's box on the pad (pen included); `taps` dot-sized marks were left out. */
  | { kind: 'strokes'; raster: RasterisedDigit; box: Box; final: GrayImage; taps: number }
  /** An MNIST image on the pad (perhaps drawn over): only its pixels describe it. */
  | { kind: 'pixels'; steps: DigitSteps; final: GrayImage };

export const BLANK_INPUT: DigitInput = { kind: 'blank' };

/** Each report is prepared once, however many panels ask (the answer and the panels share the report at rest). */
const prepared = new WeakMap<PadInk, DigitInput>();

/** Strokes through rasteriseStrokes, an MNIST image through the pixel preprocessing. */
export function digitInput(ink: PadInk | null): DigitInput {
  if (!ink) return BLANK_INPUT;
  let input = prepared.get(ink);
  if (!input) {
    input = prepare(ink);
    prepared.set(ink, input);
  }
  return input;
}

function prepare(ink: PadInk): DigitInput {
  if (ink.strokes) {
    const { strokes, dropped } = dropTaps(ink.strokes, MIN_EXTENT_SHARE * PAD_SIZE);
    const raster = rasteriseStrokes(strokes, { minExtent: MIN_EXTENT_SHARE * PAD_SIZE });
    if (!raster) return BLANK_INPUT;
    const { bounds, width, scale } = raster;
    const pen = width / 2 / scale;
    const box = { left: bounds.left - pen, top: bounds.top - pen, width: bounds.right - bounds.left + 2 * pen, height: bounds.bottom - bounds.top + 2 * pen };
    return { kind: 'strokes', raster, box, final: raster.final, taps: dropped };
  }
  const steps = preprocessDigit(ink.image());
  return steps.blank ? BLANK_INPUT : { kind: 'pixels', steps, final: steps.final };
}
