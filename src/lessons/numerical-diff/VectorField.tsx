import { useMemo } from 'react';
import { descentField } from '../../lib/descent/field';
import { SURFACES } from '../../lib/descent/functions';
import { useText } from '../../i18n/use-text';
import { plotFrame, ticks } from '../../components/plot/plot-frame';
import { widgetText } from './text-widgets';

const SIZE = 400;
const PAD = 28;
const N = 11;
const BOUNDS = { x0Min: -2.5, x0Max: 2.5, x1Min: -2.5, x1Max: 2.5 };

/** Arrows of −∇f for f = x0² + x1², each computed by numericalGradient; lengths are to scale. */
export function VectorField() {
  const t = useText(widgetText);
  const frame = plotFrame(BOUNDS, SIZE, SIZE, PAD);
  const arrows = useMemo(() => descentField(SURFACES.bowl.f, BOUNDS, N), []);
  const longest = Math.max(...arrows.map((a) => Math.hypot(a.d0, a.d1)));
  // The longest arrow spans 90 % of a grid cell, so arrows never overlap.
  const scale = (0.9 * (BOUNDS.x0Max - BOUNDS.x0Min)) / (N - 1) / longest;
  return (
    <div className="widget">
      <svg className="gd-plot" viewBox={`0 0 ${SIZE} ${SIZE}`} role="img" aria-label={t.fieldPlot}>
        <defs>
          <marker id="gd-arrow-head" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse">
            <path d="M0,0 L10,5 L0,10 z" className="gd-arrow-head" />
          </marker>
        </defs>
        <rect className="gd-plot-bg" x={PAD} y={PAD} width={SIZE - 2 * PAD} height={SIZE - 2 * PAD} />
        <line className="gd-axis" x1={frame.px(0)} y1={PAD} x2={frame.px(0)} y2={SIZE - PAD} />
        <line className="gd-axis" x1={PAD} y1={frame.py(0)} x2={SIZE - PAD} y2={frame.py(0)} />
        {ticks(-2, 2, 5).map((u) => (
          <g key={u}>
            <text className="gd-tick" x={frame.px(u)} y={SIZE - 8} textAnchor="middle">{u}</text>
            <text className="gd-tick" x={12} y={frame.py(u) + 4} textAnchor="middle">{u}</text>
          </g>
        ))}
        {arrows.map((a) => (
          <line
            key={`${a.x0},${a.x1}`}
            className="gd-arrow"
            x1={frame.px(a.x0)}
            y1={frame.py(a.x1)}
            x2={frame.px(a.x0 + a.d0 * scale)}
            y2={frame.py(a.x1 + a.d1 * scale)}
            markerEnd={Math.hypot(a.d0, a.d1) > 1e-9 ? 'url(#gd-arrow-head)' : undefined}
          />
        ))}
        <circle className="gd-minimum" cx={frame.px(0)} cy={frame.py(0)} r={4} />
      </svg>
      <p className="gd-note">{t.fieldCaption}</p>
    </div>
  );
}
