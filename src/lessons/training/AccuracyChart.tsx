import { useDeferredValue, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartExport } from '../../components/chart-export/ChartExport';
import { PALETTE } from '../../components/palette';
import { fmt, useText } from '../../i18n/use-text';
import { useTraining } from '../../state/training';
import { ChartLegend } from './ChartLegend';
import { failureLabel } from './failure-text';
import { health } from './text-health';
import { LaneFigures } from './LaneFigures';
import { formatPercent } from './format';
import { labels } from './text-labels';
import { useDataCounts } from './use-data-counts';
import { useOverlays } from './use-overlays';

const percent = (v: number) => `${Math.round(v * 100)}%`;

/** Test accuracy on the fixed subset over the run, one colour per lane; for a single run also the training accuracy (dashed). */
export function AccuracyChart() {
  const t = useText(labels);
  const counts = useDataCounts();
  const figure = useRef<HTMLElement>(null);
  // Only the accuracy series and learning rates: new losses alone do not redraw this chart.
  const series = useDeferredValue(useTraining(useShallow((s) => s.lanes.map((lane) => lane.accuracy))));
  const rates = useTraining(useShallow((s) => s.lanes.map((lane) => lane.learningRate)));
  const h = useText(health);
  // Labels as strings, so that a lane's unchanged verdict does not redraw the chart.
  const failures = useTraining(useShallow((s) => s.lanes.map((lane) => (lane.failure ? ` · ${failureLabel(h, lane.failure)}` : ''))));
  const lanes = series.map((accuracy, k) => ({ accuracy, learningRate: rates[k] }));
  const overlays = useOverlays();
  const single = lanes.length === 1 && overlays.length === 0;
  const points = lanes[0]?.accuracy ?? [];
  const lastTest = points.at(-1)?.test ?? null;
  const suffix = (k: number) => (single ? '' : ` · ${fmt(t.laneName, { lr: lanes[k].learningRate })}`);
  const summary = lanes.length > 1
    ? <LaneFigures lead={t.accuracySummaryRace} items={lanes.map((lane) => fmt(t.laneValue, { lane: fmt(t.laneName, { lr: lane.learningRate }), value: formatPercent(lane.accuracy.at(-1)?.test ?? null) }))} />
    : fmt(t.accuracySummary, { test: formatPercent(lastTest), points: points.length });
  return (
    <figure ref={figure} className="training-chart" data-testid="accuracy-chart" data-points={points.length} data-last-test={lastTest ?? ''} data-overlays={overlays.length}>
      <figcaption>
        <strong>{fmt(t.accuracyChartTitle, counts)}</strong>{' '}
        <span className="chart-summary">{summary}</span>
      </figcaption>
      <ResponsiveContainer width="100%" height={260}>
        <LineChart margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="iteration" type="number" domain={[0, 'dataMax']} allowDecimals={false} allowDuplicatedCategory={false} />
          <YAxis domain={[0, 1]} ticks={[0, 0.25, 0.5, 0.75, 1]} tickFormatter={percent} width={56} />
          <Tooltip formatter={(v) => (typeof v === 'number' ? formatPercent(v) : String(v))} labelFormatter={(v) => fmt(t.iterationTooltip, { n: String(v) })} />
          {lanes.map((lane, k) => (
            <Line key={`test-${k}`} data={lane.accuracy} dataKey="test" name={t.testAccuracy + suffix(k)} stroke={PALETTE[k]} strokeWidth={2} dot={lane.accuracy.length < 30} isAnimationActive={false} />
          ))}
          {overlays.map((line) => (
            <Line key={line.key} data={line.accuracy} dataKey="test" name={`${t.testAccuracy} · ${line.name}`} stroke={line.color} strokeWidth={2} dot={line.accuracy.length < 30} isAnimationActive={false} />
          ))}
          {/* In a race the training curves would double the clutter; the test curves tell the story. */}
          {single && (
            <Line data={points} dataKey="train" name={t.trainAccuracy} stroke={PALETTE[0]} strokeDasharray="5 3" strokeWidth={1.5} dot={false} isAnimationActive={false} />
          )}
        </LineChart>
      </ResponsiveContainer>
      <ChartLegend
        items={[
          ...lanes.map((_, k) => ({ name: t.testAccuracy + suffix(k) + (single ? '' : (failures[k] ?? '')), color: PALETTE[k] })),
          ...overlays.map((line) => ({ name: `${t.testAccuracy} · ${line.name}`, color: line.color })),
          ...(single ? [{ name: t.trainAccuracy, color: PALETTE[0], dashed: true }] : []),
        ]}
      />
      <ChartExport chart={figure} fileName="accuracy" title={fmt(t.accuracyChartTitle, counts)} x={t.axisIteration} y={t.axisAccuracy} />
    </figure>
  );
}
