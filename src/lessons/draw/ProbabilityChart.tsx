import { useRef, type RefObject } from 'react';
import { ChartExport } from '../../components/chart-export/ChartExport';
import { PALETTE } from '../../components/palette';
import { useText } from '../../i18n/use-text';
import { drawWidgetText } from './text-widgets';

const TOP = PALETTE[1];
const OTHER = PALETTE[0];
const TICKS = [0, 0.25, 0.5, 0.75, 1];
// Plain SVG in a fixed coordinate system: the bars move on every frame of a stroke, and nothing here
// may measure the page (recharts took most of a frame).
const WIDTH = 340;
const HEIGHT = 190;
const LEFT = 44;
const RIGHT = 8;
const TOP_MARGIN = 8;
const BOTTOM = 38;
const PLOT_H = HEIGHT - TOP_MARGIN - BOTTOM;
const SLOT = (WIDTH - LEFT - RIGHT) / 10;

/** The chart's nodes that change with the probabilities. */
export interface BarNodes {
  svg: SVGSVGElement | null;
  bars: (SVGRectElement | null)[];
  /** What each bar shows now (its height in chart units, and whether it is the winner), so unchanged bars are left alone. */
  shown: { height: number; top: boolean }[];
}

export function emptyBarNodes(): BarNodes {
  return { svg: null, bars: [], shown: [] };
}

const y = (p: number) => TOP_MARGIN + PLOT_H * (1 - p);

/**
 * Sets bar k to probabilities[k], the winner in the second colour. The label (all ten percentages, for
 * screen readers) is rewritten only when given: rewriting it on every frame of a stroke costs a style
 * pass and tells nobody anything.
 */
export function showBars(nodes: BarNodes, probabilities: ArrayLike<number>, top: number, label: string | null): void {
  for (let k = 0; k < nodes.bars.length; k++) {
    const bar = nodes.bars[k];
    if (!bar) continue;
    // A tenth of a chart unit is well under a screen pixel: finer changes would only cost a style pass.
    const h = Math.round(10 * PLOT_H * Math.min(1, Math.max(0, probabilities[k]))) / 10;
    const shown = nodes.shown[k];
    if (shown?.height !== h) {
      bar.setAttribute('y', String(TOP_MARGIN + PLOT_H - h));
      bar.setAttribute('height', String(h));
    }
    if (shown?.top !== (k === top)) bar.setAttribute('fill', k === top ? TOP : OTHER);
    nodes.shown[k] = { height: h, top: k === top };
  }
  if (label !== null) nodes.svg?.setAttribute('aria-label', label);
}

/**
 * The ten class probabilities as bars on a fixed 0–1 scale. React draws the frame once; the bars are
 * set through showBars by whoever owns `nodes`, so a stroke's frames re-render nothing.
 */
export function ProbabilityChart({ nodes }: { nodes: RefObject<BarNodes> }) {
  const t = useText(drawWidgetText);
  const figure = useRef<HTMLElement>(null);
  return (
    <figure ref={figure} className="probability-chart">
      <div className="probability-bars">
        <svg ref={(svg) => { nodes.current.svg = svg; }} role="img" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" height="100%" preserveAspectRatio="xMidYMid meet" fontSize={13}>
          {TICKS.map((tick) => (
            <g key={tick}>
              <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(tick)} y2={y(tick)} stroke="#ccc" strokeDasharray={tick === 0 ? undefined : '3 3'} />
              <text x={LEFT - 6} y={y(tick)} textAnchor="end" dominantBaseline="middle" fill="currentColor">{`${Math.round(tick * 100)}%`}</text>
            </g>
          ))}
          {Array.from({ length: 10 }, (_, k) => {
            const x = LEFT + k * SLOT;
            return (
              <g key={k}>
                <rect ref={(bar) => { nodes.current.bars[k] = bar; nodes.current.shown.length = 0; }} x={x + SLOT * 0.15} width={SLOT * 0.7} y={TOP_MARGIN + PLOT_H} height={0} fill={OTHER} />
                <text x={x + SLOT / 2} y={HEIGHT - BOTTOM + 16} textAnchor="middle" fill="currentColor">{k}</text>
              </g>
            );
          })}
          <text x={LEFT + (WIDTH - LEFT - RIGHT) / 2} y={HEIGHT - 4} textAnchor="middle" fill="currentColor">{t.axisDigit}</text>
        </svg>
      </div>
      <ChartExport chart={figure} fileName="class-probabilities" title={t.chartTitle} y={t.axisProbability} />
    </figure>
  );
}
