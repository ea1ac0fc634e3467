import { memo, useRef } from 'react';
import { ChartExport } from '../../components/chart-export/ChartExport';
import { PALETTE } from '../../components/palette';
import { useLanguage } from '../../i18n/language';
import { fmt, useText } from '../../i18n/use-text';
import { percent } from './format';
import { drawWidgetText } from './text-widgets';

const TOP = PALETTE[1];
const OTHER = PALETTE[0];
const TICKS = [0, 0.25, 0.5, 0.75, 1];
// The chart is redrawn on every animation frame while a digit is drawn, so it is plain SVG in a fixed
// coordinate system: no chart library, no measuring of the page (recharts took most of a frame here).
const WIDTH = 340;
const HEIGHT = 190;
const LEFT = 44;
const RIGHT = 8;
const TOP_MARGIN = 8;
const BOTTOM = 38;
const PLOT_H = HEIGHT - TOP_MARGIN - BOTTOM;
const SLOT = (WIDTH - LEFT - RIGHT) / 10;

/** The ten class probabilities as bars on a fixed 0–1 scale, the winner in a second colour. */
export const ProbabilityChart = memo(function ProbabilityChart({ probabilities, top }: { probabilities: Float64Array; top: number }) {
  const t = useText(drawWidgetText);
  const lang = useLanguage((s) => s.lang);
  const list = Array.from(probabilities, (p, k) => `${k}: ${percent(p, lang)}`).join(', ');
  const figure = useRef<HTMLElement>(null);
  const y = (p: number) => TOP_MARGIN + PLOT_H * (1 - p);
  return (
    <figure ref={figure} className="probability-chart">
      <svg role="img" aria-label={fmt(t.chartLabel, { list })} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" preserveAspectRatio="xMidYMid meet" fontSize={13}>
        {TICKS.map((tick) => (
          <g key={tick}>
            <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(tick)} y2={y(tick)} stroke="#ccc" strokeDasharray={tick === 0 ? undefined : '3 3'} />
            <text x={LEFT - 6} y={y(tick)} textAnchor="end" dominantBaseline="middle" fill="currentColor">{`${Math.round(tick * 100)}%`}</text>
          </g>
        ))}
        {Array.from(probabilities, (p, k) => {
          const x = LEFT + k * SLOT;
          const h = PLOT_H * Math.min(1, Math.max(0, p));
          return (
            <g key={k}>
              <rect x={x + SLOT * 0.15} width={SLOT * 0.7} y={TOP_MARGIN + PLOT_H - h} height={h} fill={k === top ? TOP : OTHER} />
              <text x={x + SLOT / 2} y={HEIGHT - BOTTOM + 16} textAnchor="middle" fill="currentColor">{k}</text>
            </g>
          );
        })}
        <text x={LEFT + (WIDTH - LEFT - RIGHT) / 2} y={HEIGHT - 4} textAnchor="middle" fill="currentColor">{t.axisDigit}</text>
      </svg>
      <ChartExport chart={figure} fileName="class-probabilities" title={t.chartTitle} y={t.axisProbability} />
    </figure>
  );
});
