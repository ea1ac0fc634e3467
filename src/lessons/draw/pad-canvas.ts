/**
 * What sits on the drawing pad, and how it is painted. Ink goes into the canvas's alpha channel
 * (dark ink on a transparent pad over white paper), so reading it back is just alpha / 255.
 * What the network sees of strokes is rasterised from their samples (lib/digits/rasterise.ts); the
 * canvas is what the person sees, and the pixels of an MNIST image put on the pad.
 */
import { NEUTRAL_PRESSURE, type StrokePoint } from '../../lib/digits/strokes';

/** The pad's own resolution; CSS scales it to the screen. Ten pad pixels per MNIST pixel. */
export const PAD_SIZE = 280;

/**
 * The brush the person sees: about as wide as MNIST's pen for a digit drawn over most of the pad. Hard
 * edged: a soft shadow blurred every segment again on every frame of a stroke, a tenth of a slow
 * phone's frame, and strokes reach the network as vectors, not as these pixels.
 */
const BRUSH_WIDTH = 20;
const INK = '#111';

/** One thing on the pad: a stroke of pad-space samples, or an MNIST image scaled to fill the pad. */
export type PadItem =
  | { kind: 'stroke'; points: StrokePoint[] }
  | { kind: 'image'; pixels: Uint8Array; rows: number; cols: number; index: number };

function brush(context: CanvasRenderingContext2D): void {
  context.strokeStyle = INK;
  context.fillStyle = INK;
  context.lineWidth = BRUSH_WIDTH;
  context.lineCap = 'round';
  context.lineJoin = 'round';
}

/** Paints the part of a stroke from point `from` on (a dot for a one-point stroke). */
export function paintStroke(context: CanvasRenderingContext2D, points: readonly StrokePoint[], from = 0): void {
  if (points.length === 0) return;
  context.save();
  brush(context);
  if (points.length === 1) {
    context.beginPath();
    context.arc(points[0].x, points[0].y, BRUSH_WIDTH / 2, 0, 2 * Math.PI);
    context.fill();
  } else {
    context.beginPath();
    const start = Math.max(0, from - 1);
    context.moveTo(points[start].x, points[start].y);
    for (let i = start + 1; i < points.length; i++) context.lineTo(points[i].x, points[i].y);
    context.stroke();
  }
  context.restore();
}

/** Paints an MNIST image (bytes, 255 = ink) over the whole pad, smoothly scaled up. */
function paintImage(context: CanvasRenderingContext2D, item: Extract<PadItem, { kind: 'image' }>): void {
  const small = document.createElement('canvas');
  small.width = item.cols;
  small.height = item.rows;
  const smallContext = small.getContext('2d');
  if (!smallContext) return;
  const image = smallContext.createImageData(item.cols, item.rows);
  for (let i = 0; i < item.rows * item.cols; i++) {
    image.data[4 * i] = 17;
    image.data[4 * i + 1] = 17;
    image.data[4 * i + 2] = 17;
    image.data[4 * i + 3] = item.pixels[i];
  }
  smallContext.putImageData(image, 0, 0);
  context.save();
  context.imageSmoothingEnabled = true;
  context.imageSmoothingQuality = 'high';
  context.drawImage(small, 0, 0, PAD_SIZE, PAD_SIZE);
  context.restore();
}

/** Clears the pad and paints every item in order. */
export function paintAll(context: CanvasRenderingContext2D, items: readonly PadItem[]): void {
  context.clearRect(0, 0, PAD_SIZE, PAD_SIZE);
  for (const item of items) {
    if (item.kind === 'stroke') paintStroke(context, item.points);
    else paintImage(context, item);
  }
}

/**
 * The pad sample under a pointer event, from CSS pixels to pad pixels. Only a pen's pressure is kept:
 * a mouse always reports 0.5, and touch screens report anything from 0 to 1 whatever the finger does.
 */
export function padPoint(rect: DOMRectReadOnly, event: { clientX: number; clientY: number; pressure: number; pointerType: string }): StrokePoint {
  return {
    x: ((event.clientX - rect.left) * PAD_SIZE) / Math.max(1, rect.width),
    y: ((event.clientY - rect.top) * PAD_SIZE) / Math.max(1, rect.height),
    pressure: event.pointerType === 'pen' && event.pressure > 0 ? event.pressure : NEUTRAL_PRESSURE,
  };
}

/** The strokes on the pad, or null when an MNIST image is on it (then only its pixels describe it). */
export function padStrokes(items: readonly PadItem[]): StrokePoint[][] | null {
  const strokes: StrokePoint[][] = [];
  for (const item of items) {
    if (item.kind === 'image') return null;
    strokes.push(item.points);
  }
  return strokes;
}
