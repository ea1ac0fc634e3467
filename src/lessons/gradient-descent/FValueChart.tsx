import { useMemo, useRef } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { SURFACES, type SurfaceId } from '../../lib/descent/functions';
import { fmt, useText } from '../../i18n/use-text';
import { ChartExport } from '../../components/chart-export/ChartExport';
import { powerOfTen, short } from '../../components/plot/format';
import { logAxis } from '../../components/plot/log-axis';
import { widgetText } from './text-widgets';

/** f values below this cannot sit on a log axis; they are drawn on it and the caption says so. */
const F_FLOOR = 1e-30;

export interface FSeries {
  name: string;
  color: string;
  path: readonly Float64Array[];
}


/** f(x) at every step of each run on one chart, with a log y axis (values span dozens of decades). */
export function FValueChart({ fn, series, shown }: { fn: SurfaceId; series: FSeries[]; shown: number }) {
  const t = useText(widgetText);
  const chart = useRef<HTMLDivElement>(null);
  const { data, floored, gaps, axis } = useMemo(() => {
    const f = SURFACES[fn].f;
    const steps = Math.max(...series.map((s) => s.path.length));
    let lo = Infinity;
    let hi = 0;
    let floored = false;
    let gaps = false;
    const data = Array.from({ length: steps }, (_, k) => {
      const row: Record<string, number | null> = { step: k };
      series.forEach((s, i) => {
        const v = k < s.path.length ? f(s.path[k]) : Number.NaN;
        if (!Number.isFinite(v)) { gaps ||= k < s.path.length; row[`s${i}`] = null; return; }
        if (v < F_FLOOR) floored = true;
        const y = Math.max(v, F_FLOOR);
        lo = Math.min(lo, y);
        hi = Math.max(hi, y);
        row[`s${i}`] = y;
      });
      return row;
    });
    return { data, floored, gaps, axis: hi > 0 ? logAxis(lo, hi) : logAxis(1, 10) };
  }, [fn, series]);

  return (
    <div>
      <div ref={chart} className="gd-chart" role="img" aria-label={t.fChart}>
        <ResponsiveContainer width="100%" height={280}>
          <LineChart data={data} margin={{ top: 10, right: 20, bottom: 20, left: 10 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="step" type="number" domain={[0, 'dataMax']} allowDecimals={false} label={{ value: t.stepAxis, position: 'insideBottom', offset: -10 }} />
            <YAxis type="number" scale="log" domain={axis.domain} ticks={axis.ticks} allowDataOverflow tickFormatter={(v: number) => powerOfTen(Math.round(Math.log10(v)))} width={56} />
            <Tooltip formatter={(v) => short(Number(v))} labelFormatter={(v) => fmt(t.atStep, { k: String(v) })} />
            {/* In the series' order (the compare table's), not recharts' default alphabetical one. */}
            <Legend verticalAlign="top" itemSorter="dataKey" />
            {series.map((s, i) => (
              <Line key={s.name} type="linear" dataKey={`s${i}`} name={s.name} stroke={s.color} strokeWidth={2} dot={false} isAnimationActive={false} connectNulls={false} />
            ))}
            <ReferenceLine x={shown} stroke="#888" strokeDasharray="4 4" />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <ChartExport chart={chart} fileName="f-per-step" title={t.fChart} y="f(x)" />
      {floored && <p className="gd-note">{fmt(t.fFloor, { floor: short(F_FLOOR) })}</p>}
      {gaps && <p className="gd-note">{t.fGaps}</p>}
    </div>
  );
}
