import { useMemo, useRef } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { derivativeErrorSweep, hFromExponent, SWEEP_EXPONENTS } from '../../lib/descent/derivative-error';
import { CURVES, type Curve1DId } from '../../lib/descent/functions';
import { DEFAULT_H } from '../../lib/gradient';
import { ChartExport } from '../../components/chart-export/ChartExport';
import { PALETTE } from '../../components/palette';
import { fmt, useText } from '../../i18n/use-text';
import { powerOfTen, short } from '../../components/plot/format';
import { logAxis } from '../../components/plot/log-axis';
import { widgetText } from './text-widgets';

/** Errors of exactly 0 cannot sit on a log axis; they are drawn at this floor and the caption says so. */
const ERROR_FLOOR = 1e-18;

interface ErrorSweepChartProps {
  curve: Curve1DId;
  x: number;
  hexp: number;
}

/** Forward and central difference errors against h on log–log axes, with the current h marked. */
export function ErrorSweepChart({ curve, x, hexp }: ErrorSweepChartProps) {
  const t = useText(widgetText);
  const chart = useRef<HTMLDivElement>(null);
  const sweep = useMemo(() => derivativeErrorSweep(CURVES[curve].f, CURVES[curve].df, x), [curve, x]);
  const data = sweep.map((p) => ({ h: p.h, forward: Math.max(p.forwardError, ERROR_FLOOR), central: Math.max(p.centralError, ERROR_FLOOR) }));
  const floored = sweep.some((p) => p.forwardError < ERROR_FLOOR || p.centralError < ERROR_FLOOR);
  const best = sweep.reduce((a, b) => (b.centralError < a.centralError ? b : a));
  const positive = data.flatMap((p) => [p.forward, p.central]);
  const yAxis = logAxis(Math.min(...positive), Math.max(...positive));
  const markH = SWEEP_EXPONENTS.includes(hexp) ? hFromExponent(hexp) : null;
  const offChartH = hFromExponent(hexp);
  // Only where x ± h both round back to x are the estimates 0; at x = 0 they are exact instead.
  const offChartCollapses = x + offChartH === x && x - offChartH === x;
  // At x = 0, x ± h is exactly ±h and f(0) = 0 for every curve offered, so nothing is rounded away.
  const noRounding = x === 0 && CURVES[curve].f(0) === 0;

  return (
    <div className="widget">
      <div ref={chart} className="gd-chart" role="img" aria-label={fmt(t.sweepChart, { best: powerOfTen(best.exponent) })}>
        <ResponsiveContainer width="100%" height={330}>
          <LineChart data={data} margin={{ top: 24, right: 20, bottom: 10, left: 10 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="h" type="number" scale="log" domain={[1e-16, 0.1]} ticks={[1e-16, 1e-13, 1e-10, 1e-7, 1e-4, 1e-1]}
              tickFormatter={(v: number) => powerOfTen(Math.round(Math.log10(v)))} label={{ value: 'h', position: 'insideBottom', offset: -10 }} />
            <YAxis type="number" scale="log" domain={yAxis.domain} ticks={yAxis.ticks} allowDataOverflow tickFormatter={(v: number) => powerOfTen(Math.round(Math.log10(v)))} width={56} />
            <Tooltip formatter={(v) => short(Number(v))} labelFormatter={(v) => `h = ${short(Number(v))}`} />
            <Legend verticalAlign="bottom" wrapperStyle={{ paddingTop: 24 }} />
            <Line type="linear" dataKey="forward" name={t.forward} stroke={PALETTE[1]} strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} />
            <Line type="linear" dataKey="central" name={t.central} stroke={PALETTE[0]} strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} />
            {markH !== DEFAULT_H && <ReferenceLine x={DEFAULT_H} stroke="#777" strokeDasharray="2 4" label={{ value: t.notesH, position: 'insideBottomLeft' }} />}
            {markH !== null && <ReferenceLine x={markH} stroke={PALETTE[2]} strokeDasharray="4 4" label={{ value: `h = ${powerOfTen(hexp)}`, position: 'top' }} />}
          </LineChart>
        </ResponsiveContainer>
      </div>
      <ChartExport chart={chart} fileName="difference-error" title={t.sweepTitle} y={t.errorAxis} />
      <p>{fmt(best.centralError === 0 ? t.sweepBestZero : t.sweepBest, { best: powerOfTen(best.exponent), err: short(best.centralError) })}</p>
      {noRounding && <p className="gd-note">{t.sweepNoRounding}</p>}
      {markH === null && <p className="notice">{fmt(offChartCollapses ? t.sweepOffChart : t.sweepOffChartExact, { h: powerOfTen(hexp) })}</p>}
      {floored && <p className="gd-note">{fmt(t.sweepFloor, { floor: short(ERROR_FLOOR) })}</p>}
    </div>
  );
}
