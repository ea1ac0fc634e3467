import { contours } from 'd3-contour';
import { sampleGrid, type Bounds } from '../../lib/descent/field';
import { SURFACES, type SurfaceId } from '../../lib/descent/functions';
import type { PlotFrame } from '../../components/plot/plot-frame';

const GRID = 101;

/** Contour levels per surface: geometric, because the surfaces span several orders of magnitude. */
const LEVELS: Record<SurfaceId, { first: number; ratio: number; count: number }> = {
  bowl: { first: 0.25, ratio: 2, count: 8 },
  elongated: { first: 0.1, ratio: 2, count: 8 },
  rosenbrock: { first: 0.25, ratio: 4, count: 10 },
};

export interface ContourLine {
  level: number;
  d: string;
}

/** SVG path data of the contour lines of a surface over bounds (marching squares by d3-contour). */
export function contourLines(id: SurfaceId, bounds: Bounds, frame: PlotFrame): ContourLine[] {
  const values = Array.from(sampleGrid(SURFACES[id].f, bounds, GRID, GRID));
  const { first, ratio, count } = LEVELS[id];
  const levels = Array.from({ length: count }, (_, k) => first * ratio ** k);
  // d3-contour puts grid value i at coordinate i + 0.5.
  const sx = (c: number) => frame.px(bounds.x0Min + ((c - 0.5) * (bounds.x0Max - bounds.x0Min)) / (GRID - 1));
  const sy = (c: number) => frame.py(bounds.x1Min + ((c - 0.5) * (bounds.x1Max - bounds.x1Min)) / (GRID - 1));
  return contours().size([GRID, GRID]).thresholds(levels)(values).map((m) => ({
    level: m.value,
    d: m.coordinates
      .flatMap((polygon) => polygon.map((ring) => ring.map(([a, b], i) => `${i ? 'L' : 'M'}${sx(a).toFixed(1)},${sy(b).toFixed(1)}`).join('') + 'Z'))
      .join(''),
  }));
}
