import { useRef } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartExport } from '../../components/chart-export/ChartExport';
import { PALETTE } from '../../components/palette';
import { useText } from '../../i18n/use-text';
import { classCounts } from '../../lib/mnist/sample';
import { minibatchText } from './text';

/** How many of each digit the batch holds, as bars and as a table (the table is what screen readers read). */
export function ClassHistogram({ labels, indices }: { labels: Uint8Array; indices: Int32Array }) {
  const t = useText(minibatchText);
  const chart = useRef<HTMLDivElement>(null);
  const counts = Array.from(classCounts(labels, indices));
  const data = counts.map((count, digit) => ({ digit: String(digit), count }));
  return (
    <div className="histogram">
      <div className="histogram-figure">
        <div ref={chart} className="histogram-chart" role="img" aria-label={t.histogramLabel}>
          <ResponsiveContainer width="100%" height={220}>
            <BarChart data={data} margin={{ top: 8, right: 8, bottom: 20, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="digit" label={{ value: t.digit, position: 'insideBottom', offset: -14 }} />
              <YAxis allowDecimals={false} width={40} />
              <Tooltip />
              <Bar dataKey="count" name={t.count} fill={PALETTE[0]} isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </div>
        <ChartExport chart={chart} fileName="batch-digits" title={t.histogramTitle} y={t.count} />
      </div>
      {/* One row per digit: ten columns do not fit a phone, ten short rows do. */}
      <table className="data histogram-table">
        <caption className="visually-hidden">{t.histogramTitle}</caption>
        <thead>
          <tr>
            <th scope="col">{t.digit}</th>
            <th scope="col">{t.count}</th>
            <th scope="col">{t.share}</th>
          </tr>
        </thead>
        <tbody>
          {counts.map((count, digit) => (
            <tr key={digit}>
              <th scope="row">{digit}</th>
              <td data-testid={`count-${digit}`}>{count}</td>
              <td>{Math.round((100 * count) / indices.length)}%</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
