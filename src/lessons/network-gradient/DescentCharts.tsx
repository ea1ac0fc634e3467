import { useRef } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartExport } from '../../components/chart-export/ChartExport';
import { PALETTE } from '../../components/palette';
import { fmt, useText } from '../../i18n/use-text';
import { text } from './text';

/** The state after `step` steps: the loss and the three class probabilities. */
export interface DescentPoint {
  step: number;
  loss: number;
  y0: number;
  y1: number;
  y2: number;
  /** The notes' misread loss at this step, when the chart compares it with the correct one. */
  notesLoss?: number;
}

/** Names of the two loss lines when the notes' loss is drawn beside the correct one. */
export interface LossNames {
  correct: string;
  notes: string;
}

const CLASS_KEYS = ['y0', 'y1', 'y2'] as const;
const DASHES = [undefined, '6 3', '2 3'];
const formatTick = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(2));

/** Two small charts: the loss falling, and the probabilities moving toward the true class. */
export function DescentCharts({ points, trueClass, lossNames }: { points: DescentPoint[]; trueClass: number; lossNames?: LossNames }) {
  const t = useText(text);
  const lossChart = useRef<HTMLElement>(null);
  const probabilityChart = useRef<HTMLElement>(null);
  return (
    <div className="two-columns">
      <figure ref={lossChart} className="ng-chart">
        <figcaption>{t.chartLoss}</figcaption>
        <ResponsiveContainer width="100%" height={240}>
          <LineChart data={points} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="step" type="number" domain={[0, 'dataMax']} allowDecimals={false} height={44} label={{ value: t.stepAxis, position: 'insideBottom', offset: 2 }} />
            <YAxis domain={[0, 'auto']} tickFormatter={formatTick} width={48} />
            <Tooltip formatter={(v) => (typeof v === 'number' ? v.toFixed(4) : String(v))} />
            {lossNames && <Legend />}
            <Line type="monotone" dataKey="loss" name={lossNames?.correct ?? t.chartLoss} stroke={PALETTE[0]} strokeWidth={2} dot={points.length < 3} isAnimationActive={false} />
            {lossNames && (
              <Line type="monotone" dataKey="notesLoss" name={lossNames.notes} stroke={PALETTE[1]} strokeWidth={2} strokeDasharray={DASHES[1]} dot={points.length < 3} isAnimationActive={false} />
            )}
          </LineChart>
        </ResponsiveContainer>
        <ChartExport chart={lossChart} fileName="loss-per-step" title={t.chartLoss} y="L" />
      </figure>
      <figure ref={probabilityChart} className="ng-chart">
        <figcaption>{t.chartProbabilities}</figcaption>
        <ResponsiveContainer width="100%" height={240}>
          <LineChart data={points} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="step" type="number" domain={[0, 'dataMax']} allowDecimals={false} height={44} label={{ value: t.stepAxis, position: 'insideBottom', offset: 2 }} />
            <YAxis domain={[0, 1]} ticks={[0, 0.25, 0.5, 0.75, 1]} tickFormatter={formatTick} width={48} />
            <Tooltip formatter={(v) => (typeof v === 'number' ? v.toFixed(4) : String(v))} />
            <Legend />
            {CLASS_KEYS.map((key, k) => (
              <Line
                key={key}
                type="monotone"
                dataKey={key}
                name={fmt(t.probabilitySeries, { k }) + (k === trueClass ? t.trueSuffix : '')}
                stroke={PALETTE[k]}
                strokeWidth={k === trueClass ? 3 : 2}
                strokeDasharray={DASHES[k]}
                dot={points.length < 3}
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
        <ChartExport chart={probabilityChart} fileName="probabilities-per-step" title={t.chartProbabilities} y={t.axisProbability} />
      </figure>
    </div>
  );
}
