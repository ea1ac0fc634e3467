import { useMemo, type KeyboardEvent } from 'react';
import { drawablePath } from '../../lib/descent/drawable-path';
import { SURFACES, type SurfaceId } from '../../lib/descent/functions';
import { fmt, useText } from '../../i18n/use-text';
import { contourLines } from './contour-lines';
import { plotFrame, snap, svgPoint, ticks } from '../../components/plot/plot-frame';
import { useSvgDrag } from '../../components/plot/use-svg-drag';
import { START_RANGE } from './url-state';
import { widgetText } from './text-widgets';

/** One descent run to draw: its path up to `upTo` steps, in one colour. */
export interface PlotRun {
  key: string;
  path: readonly Float64Array[];
  upTo: number;
  color: string;
}

interface ContourPlotProps {
  surface: SurfaceId;
  runs: PlotRun[];
  start: [number, number];
  /** While dragging, so paths follow the pointer. */
  onStartDraft: (p: [number, number] | null) => void;
  onStart: (p: [number, number]) => void;
}

const SIZE = 440;
/** Room outside the plot for the dashed frame, tick labels large enough to read on a projector, and axis titles. */
const PAD = 54;
const [LO, HI] = START_RANGE;
const VIEW = { x0Min: LO, x0Max: HI, x1Min: LO, x1Max: HI };
const frame = plotFrame(VIEW, SIZE, SIZE, PAD);
/** Points beyond the view are pinned to this dashed frame, OFF outside it (drawablePath's margin). */
const MARGIN = 0.04;
const OFF = (HI - LO) * MARGIN;

/** Contour lines of f, the descent paths on top, and a start point moved by drag, click or arrow keys. */
export function ContourPlot({ surface, runs, start, onStartDraft, onStart }: ContourPlotProps) {
  const t = useText(widgetText);
  const lines = useMemo(() => contourLines(surface, VIEW, frame), [surface]);
  const toStart = (sx: number, sy: number): [number, number] => {
    const [a, b] = frame.toPlane(sx, sy);
    return [snap(a, LO, HI), snap(b, LO, HI)];
  };
  const drag = useSvgDrag(toStart, onStart, onStartDraft);
  const [x0, x1] = start;
  const min = SURFACES[surface].minimum;

  const onKey = (e: KeyboardEvent<SVGCircleElement>) => {
    const step = e.shiftKey ? 1 : 0.1;
    const move: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] };
    const d = move[e.key];
    if (!d) return;
    e.preventDefault();
    onStart([snap(x0 + d[0], LO, HI), snap(x1 + d[1], LO, HI)]);
  };

  return (
    <svg className="gd-plot gd-contour gd-draggable" viewBox={`0 0 ${SIZE} ${SIZE}`} role="group" aria-label={t.contourPlot}>
      <defs>
        <clipPath id="gd-contour-clip"><rect x={PAD} y={PAD} width={SIZE - 2 * PAD} height={SIZE - 2 * PAD} /></clipPath>
      </defs>
      <rect className="gd-plot-bg" x={PAD} y={PAD} width={SIZE - 2 * PAD} height={SIZE - 2 * PAD}
        onClick={(e) => { const svg = e.currentTarget.ownerSVGElement; if (svg) onStart(toStart(...svgPoint(svg, e.clientX, e.clientY))); }} />
      <rect className="gd-offplot" x={frame.px(LO - OFF)} y={frame.py(HI + OFF)} width={frame.px(HI + OFF) - frame.px(LO - OFF)} height={frame.py(LO - OFF) - frame.py(HI + OFF)} />
      <g clipPath="url(#gd-contour-clip)" className="gd-contours">
        {lines.map((l) => <path key={l.level} d={l.d} />)}
      </g>
      {ticks(LO, HI, 6).map((u) => (
        <g key={u}>
          <text className="gd-tick gd-tick-large" x={frame.px(u)} y={frame.py(LO - OFF) + 20} textAnchor="middle">{u}</text>
          <text className="gd-tick gd-tick-large" x={frame.px(LO - OFF) - 5} y={frame.py(u) + 5} textAnchor="end">{u}</text>
        </g>
      ))}
      <text className="gd-axis-title" x={frame.px((LO + HI) / 2)} y={SIZE - 4} textAnchor="middle">x₀</text>
      <text className="gd-axis-title" x={2} y={frame.py((LO + HI) / 2) + 6} textAnchor="start">x₁</text>
      <path className="gd-minimum-cross" d={`M${frame.px(min[0]) - 6},${frame.py(min[1])}h12M${frame.px(min[0])},${frame.py(min[1]) - 6}v12`} />
      {runs.map((run) => {
        const drawn = drawablePath(run.path, VIEW, run.upTo, MARGIN);
        const pts = drawn.points.map(([a, b]) => [frame.px(a), frame.py(b)] as const);
        const last = pts.at(-1);
        return (
          <g key={run.key} className="gd-run" data-testid="descent-path" style={{ color: run.color }}>
            <polyline points={pts.map((p) => p.join(',')).join(' ')} />
            {pts.length <= 201 && pts.map((p, i) => <circle key={i} cx={p[0]} cy={p[1]} r={2.2} />)}
            {last && <circle className="gd-current" cx={last[0]} cy={last[1]} r={5} />}
          </g>
        );
      })}
      <circle
        className="gd-handle"
        cx={frame.px(x0)}
        cy={frame.py(x1)}
        r={10}
        tabIndex={0}
        role="slider"
        aria-label={t.startHandle}
        aria-valuemin={LO}
        aria-valuemax={HI}
        aria-valuenow={x0}
        aria-valuetext={fmt(t.startValue, { x0, x1 })}
        onKeyDown={onKey}
        {...drag.handlers}
      />
    </svg>
  );
}
