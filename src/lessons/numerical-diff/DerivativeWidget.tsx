import { useMemo, type KeyboardEvent } from 'react';
import { CURVE_IDS, CURVES, type Curve1DId } from '../../lib/descent/functions';
import { estimateDerivative, H_EXPONENTS } from '../../lib/descent/derivative-error';
import { fmt, useText } from '../../i18n/use-text';
import { LogSlider } from '../../components/plot/LogSlider';
import { plotFrame, snap, svgPoint, ticks } from '../../components/plot/plot-frame';
import { useSvgDrag } from '../../components/plot/use-svg-drag';
import { exact, powerOfTen, short } from '../../components/plot/format';
import { X_RANGE } from './url-state';
import { widgetText } from './text-widgets';

interface DerivativeWidgetProps {
  curve: Curve1DId;
  x: number;
  hexp: number;
  onChange: (patch: { curve?: Curve1DId; x?: number; hexp?: number }) => void;
}

const W = 480;
const H = 280;
const PAD = 30;

/** A curve, its tangent at x from the central difference, and both estimates beside the exact slope. */
export function DerivativeWidget({ curve, x, hexp, onChange }: DerivativeWidgetProps) {
  const t = useText(widgetText);
  const { f, df } = CURVES[curve];
  const frame = useMemo(() => {
    const ys = ticks(X_RANGE[0], X_RANGE[1], 201).map(f);
    const lo = Math.min(...ys);
    const hi = Math.max(...ys);
    const m = (hi - lo) * 0.1;
    return plotFrame({ x0Min: X_RANGE[0], x0Max: X_RANGE[1], x1Min: lo - m, x1Max: hi + m }, W, H, PAD);
  }, [f]);
  const drag = useSvgDrag((sx, sy) => snap(frame.toPlane(sx, sy)[0], X_RANGE[0], X_RANGE[1]), (v) => onChange({ x: v }));
  const xs = drag.draft ?? x;
  const est = estimateDerivative(f, df, xs, hexp);
  // What the two evaluation points really are once rounded: far below float64's spacing near x,
  // one or both of them land back on x and the estimates stop meaning anything.
  const up = xs + est.h - xs;
  const down = xs - (xs - est.h);
  const collapsed = up === 0 && down === 0 ? t.collapsedBoth : up === 0 ? t.collapsedPlus : down === 0 ? t.collapsedMinus : null;

  const curvePath = ticks(X_RANGE[0], X_RANGE[1], 201).map((u, i) => `${i ? 'L' : 'M'}${frame.px(u).toFixed(1)},${frame.py(f(u)).toFixed(1)}`).join('');
  const span = (X_RANGE[1] - X_RANGE[0]) / 4;
  const tangentY = (u: number) => f(xs) + est.central * (u - xs);

  const onKey = (e: KeyboardEvent<SVGCircleElement>) => {
    const delta = { ArrowLeft: -0.1, ArrowDown: -0.1, ArrowRight: 0.1, ArrowUp: 0.1, PageDown: -1, PageUp: 1 }[e.key];
    if (delta !== undefined) onChange({ x: snap(x + delta, X_RANGE[0], X_RANGE[1]) });
    else if (e.key === 'Home' || e.key === 'End') onChange({ x: e.key === 'Home' ? X_RANGE[0] : X_RANGE[1] });
    else return;
    e.preventDefault();
  };

  return (
    <div className="widget">
      <div className="widget-row">
        <label className="gd-field">
          {t.curveLabel}
          <select value={curve} onChange={(e) => { const curve = CURVE_IDS.find((id) => id === e.target.value); if (curve) onChange({ curve }); }}>
            {CURVE_IDS.map((id) => <option key={id} value={id}>{t[`curve.${id}`]}</option>)}
          </select>
        </label>
        <LogSlider
          label={t.hLabel}
          position={H_EXPONENTS.indexOf(hexp)}
          min={0}
          max={H_EXPONENTS.length - 1}
          step={1}
          onChange={(i) => onChange({ hexp: H_EXPONENTS[i] })}
          valueText={`h = ${powerOfTen(hexp)}`}
        />
      </div>
      <svg className="gd-plot gd-plot-wide gd-draggable" viewBox={`0 0 ${W} ${H}`} role="group" aria-label={fmt(t.curvePlot, { curve: t[`curve.${curve}`] })}>
        <defs>
          <clipPath id="gd-curve-clip"><rect x={PAD} y={PAD} width={W - 2 * PAD} height={H - 2 * PAD} /></clipPath>
        </defs>
        <rect className="gd-plot-bg" x={PAD} y={PAD} width={W - 2 * PAD} height={H - 2 * PAD} onClick={(e) => {
          const svg = e.currentTarget.ownerSVGElement;
          if (svg) onChange({ x: snap(frame.toPlane(...svgPoint(svg, e.clientX, e.clientY))[0], X_RANGE[0], X_RANGE[1]) });
        }} />
        {ticks(X_RANGE[0], X_RANGE[1], 5).map((u) => (
          <text key={u} className="gd-tick" x={frame.px(u)} y={H - 8} textAnchor="middle">{u}</text>
        ))}
        <g clipPath="url(#gd-curve-clip)">
          <path className="gd-curve" d={curvePath} />
          <line className="gd-tangent" x1={frame.px(xs - span)} y1={frame.py(tangentY(xs - span))} x2={frame.px(xs + span)} y2={frame.py(tangentY(xs + span))} />
        </g>
        <circle
          className="gd-handle"
          cx={frame.px(xs)}
          cy={frame.py(f(xs))}
          r={9}
          tabIndex={0}
          role="slider"
          aria-label={t.pointHandle}
          aria-valuemin={X_RANGE[0]}
          aria-valuemax={X_RANGE[1]}
          aria-valuenow={xs}
          aria-valuetext={`x = ${xs}`}
          onKeyDown={onKey}
          {...drag.handlers}
        />
      </svg>
      <table className="data gd-estimates">
        <caption>{fmt(t.estimatesCaption, { x: xs, h: powerOfTen(hexp) })}</caption>
        <thead><tr><th scope="col">{t.method}</th><th scope="col">{t.estimate}</th><th scope="col">{t.absError}</th></tr></thead>
        <tbody>
          <tr><th scope="row">{t.central}</th><td className="value">{exact(est.central)}</td><td className="value">{short(est.centralError)}</td></tr>
          <tr><th scope="row">{t.forward}</th><td className="value">{exact(est.forward)}</td><td className="value">{short(est.forwardError)}</td></tr>
          <tr><th scope="row">{t.exactSlope}</th><td className="value">{exact(df(xs))}</td><td /></tr>
        </tbody>
      </table>
      <p className={collapsed ? 'notice notice-warning' : 'gd-note'} role="status">
        {fmt(t.shift, { x: xs, h: powerOfTen(hexp), up: exact(up), down: exact(down) })} {collapsed ?? ''}
      </p>
    </div>
  );
}
