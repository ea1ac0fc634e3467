import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { PALETTE } from '../../components/palette';
import { useLanguage } from '../../i18n/language';
import { fmt, useText } from '../../i18n/use-text';
import { percent } from './format';
import { drawWidgetText } from './text-widgets';

const TOP = PALETTE[1];
const OTHER = PALETTE[0];

/** The ten class probabilities as bars on a fixed 0–1 scale, the winner in a second colour. */
export function ProbabilityChart({ probabilities, top }: { probabilities: Float64Array; top: number }) {
  const t = useText(drawWidgetText);
  const lang = useLanguage((s) => s.lang);
  const data = Array.from(probabilities, (p, k) => ({ digit: String(k), p }));
  const list = data.map((d) => `${d.digit}: ${percent(d.p, lang)}`).join(', ');
  return (
    <figure className="probability-chart" role="img" aria-label={fmt(t.chartLabel, { list })}>
      <ResponsiveContainer width="100%" height={190}>
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 16, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="digit" tick={{ fontSize: 13 }} label={{ value: t.axisDigit, position: 'insideBottom', offset: -8 }} />
          <YAxis width={56} tick={{ fontSize: 13 }} domain={[0, 1]} ticks={[0, 0.25, 0.5, 0.75, 1]} tickFormatter={(v: number) => `${Math.round(v * 100)}%`} />
          <Bar dataKey="p" isAnimationActive={false}>
            {data.map((d, k) => <Cell key={d.digit} fill={k === top ? TOP : OTHER} />)}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
