import type { Bounds } from '../../lib/descent/field';

/** Maps plane coordinates (x0 right, x1 up) to SVG user units inside a padded box, and back. */
export interface PlotFrame {
  width: number;
  height: number;
  pad: number;
  bounds: Bounds;
  px: (x0: number) => number;
  py: (x1: number) => number;
  toPlane: (sx: number, sy: number) => [number, number];
}

export function plotFrame(bounds: Bounds, width: number, height: number, pad: number): PlotFrame {
  const kx = (width - 2 * pad) / (bounds.x0Max - bounds.x0Min);
  const ky = (height - 2 * pad) / (bounds.x1Max - bounds.x1Min);
  return {
    width, height, pad, bounds,
    px: (x0) => pad + (x0 - bounds.x0Min) * kx,
    py: (x1) => height - pad - (x1 - bounds.x1Min) * ky,
    toPlane: (sx, sy) => [bounds.x0Min + (sx - pad) / kx, bounds.x1Min + (height - pad - sy) / ky],
  };
}

/** A pointer position in the SVG's own user units (independent of how large the SVG is drawn). */
export function svgPoint(svg: SVGSVGElement, clientX: number, clientY: number): [number, number] {
  const m = svg.getScreenCTM();
  if (!m) return [0, 0];
  const p = new DOMPoint(clientX, clientY).matrixTransform(m.inverse());
  return [p.x, p.y];
}

/** Rounds to a step and keeps inside [lo, hi]; dragged values stay tidy in links. */
export function snap(v: number, lo: number, hi: number, step = 0.01): number {
  const r = Math.round(v / step) * step;
  return Number(Math.min(hi, Math.max(lo, r)).toFixed(6));
}

/** Evenly spaced tick values from lo to hi inclusive. */
export function ticks(lo: number, hi: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => Number((lo + ((hi - lo) * i) / (count - 1)).toFixed(6)));
}
