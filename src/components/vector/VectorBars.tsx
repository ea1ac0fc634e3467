import { useRef } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartExport } from '../chart-export/ChartExport';

export interface BarSeries {
  /** Index into each entry's values. */
  index: number;
  name: string;
  color: string;
}

interface VectorBarsProps {
  /** values[k] holds one number per series for class k. */
  values: readonly (readonly number[])[];
  series: readonly BarSeries[];
  /** Describes the chart for people who cannot see it. */
  description: string;
  xLabel: string;
  /** The chart's title and y axis, for a saved picture. */
  title: string;
  yLabel: string;
}

/** Bars per class for one or more vectors in [0, 1]. */
export function VectorBars({ values, series, description, xLabel, title, yLabel }: VectorBarsProps) {
  const figure = useRef<HTMLElement>(null);
  const data = values.map((row, k) => ({ k: String(k), ...Object.fromEntries(series.map((s) => [s.name, row[s.index]])) }));
  return (
    <figure ref={figure} className="vector-bars">
      <div role="img" aria-label={description}>
        <ResponsiveContainer width="100%" height={200}>
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 16, left: -16 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="k" label={{ value: xLabel, position: 'insideBottom', offset: -8 }} />
            <YAxis domain={[0, 1]} ticks={[0, 0.25, 0.5, 0.75, 1]} />
            <Tooltip />
            <Legend verticalAlign="top" height={28} />
            {series.map((s) => <Bar key={s.name} dataKey={s.name} fill={s.color} isAnimationActive={false} />)}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <ChartExport chart={figure} fileName="bars" title={title} y={yLabel} />
    </figure>
  );
}
