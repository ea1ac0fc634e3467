import { memo, useDeferredValue, useId, useRef } from 'react';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartExport } from '../../components/chart-export/ChartExport';
import { PALETTE } from '../../components/palette';
import { fmt, useText } from '../../i18n/use-text';
import { useTraining, type LaneView } from '../../state/training';
import { training } from '../../training/training';
import { ChartLegend, laneLegend, type LegendItem } from './ChartLegend';
import { health } from './text-health';
import { LaneFigures } from './LaneFigures';
import { formatValue } from './format';
import { labels } from './text-labels';
import { lossAxis } from './loss-axis';
import { useOverlays, type OverlayLine } from './use-overlays';

const tooltipValue = (v: unknown) => (typeof v === 'number' ? formatValue(v) : String(v));

/** Batch loss per iteration (bucket means, at most a few hundred points) with its smoothed line, one colour per lane. */
export function LossChart() {
  const t = useText(labels);
  const h = useText(health);
  const sliderId = useId();
  const figure = useRef<HTMLElement>(null);
  // Redrawn in a background render that React cuts into short slices, so a redraw is never a long task.
  const lanes = useDeferredValue(useTraining((s) => s.lanes));
  const smoothing = useTraining((s) => s.smoothing);
  const overlays = useOverlays();
  // With kept runs overlaid, every run draws its smoothed line only, as a race does.
  const single = lanes.length === 1 && overlays.length === 0;
  const points = lanes[0]?.loss ?? [];
  // The first iteration's own loss (the notes' "Iteration 0"), not the mean of the first bucket.
  const first = lanes[0]?.firstLoss ?? null;
  const last = lanes[0]?.lastLoss ?? null;
  const summary = lanes.length > 1
    ? <LaneFigures lead={t.lossSummaryRace} items={lanes.map((lane) => fmt(t.lossLaneSummary, { lane: fmt(t.laneName, { lr: lane.learningRate }), first: formatValue(lane.firstLoss), last: formatValue(lane.lastLoss) }))} />
    : fmt(t.lossSummary, { first: formatValue(first), last: formatValue(last), points: points.length });
  // The axis follows what is drawn: bucket means and the smoothed line alone, the smoothed lines in a race.
  const drawn = [...lanes, ...overlays].flatMap((lane) => lane.loss.flatMap((p) => (single ? [p.loss, p.smooth] : [p.smooth])));
  const { top, ticks } = lossAxis(Math.max(0, ...drawn.filter((v): v is number => v !== null && Number.isFinite(v))));
  const legend: LegendItem[] = [
    ...(single ? [{ name: t.rawLoss, color: PALETTE[5] }] : []),
    ...lanes.map((lane, k) => ({ name: single ? t.smoothLoss : laneLegend(lane, fmt(t.laneName, { lr: lane.learningRate }), h), color: PALETTE[k] })),
    ...overlays.map((line) => ({ name: line.name, color: line.color })),
  ];
  return (
    <figure ref={figure} className="training-chart" data-testid="loss-chart" data-points={points.length} data-first-loss={first ?? ''} data-last-smooth={points.at(-1)?.smooth ?? ''} data-axis-top={top} data-overlays={overlays.length}>
      <figcaption>
        <strong>{t.lossChartTitle}</strong>{' '}
        <span className="chart-summary">{summary}</span>
      </figcaption>
      <LossPlot lanes={lanes} overlays={overlays} top={top} ticks={ticks} rawName={t.rawLoss} smoothName={t.smoothLoss} laneName={t.laneName} iterationName={t.iterationTooltip} />
      <ChartLegend items={legend} />
      <ChartExport chart={figure} fileName="batch-loss" title={t.lossChartTitle} x={t.axisIteration} y={t.axisLoss} />
      <div className="smoothing-slider">
        <label htmlFor={sliderId}>{t.smoothingLabel}</label>
        <input id={sliderId} type="range" min={0} max={0.99} step={0.01} value={smoothing} onChange={(e) => training.setSmoothing(Number(e.target.value))} />
        <span className="value">{smoothing.toFixed(2)}</span>
      </div>
    </figure>
  );
}

interface LossPlotProps {
  lanes: LaneView[];
  overlays: OverlayLine[];
  top: number;
  ticks: number[];
  rawName: string;
  smoothName: string;
  laneName: string;
  iterationName: string;
}

/** The chart itself; memoised so that it redraws only when its data or labels change. */
const LossPlot = memo(function LossPlot({ lanes, overlays, top, ticks, rawName, smoothName, laneName, iterationName }: LossPlotProps) {
  const single = lanes.length === 1 && overlays.length === 0;
  return (
    <ResponsiveContainer width="100%" height={260}>
      <LineChart margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="iteration" type="number" domain={[0, 'dataMax']} allowDecimals={false} allowDuplicatedCategory={false} />
        <YAxis domain={[0, top]} ticks={ticks} interval={0} allowDataOverflow width={48} tickFormatter={(v: number) => formatValue(v, 3)} />
        <Tooltip formatter={tooltipValue} labelFormatter={(v) => fmt(iterationName, { n: String(v) })} />
        {single && (
          <Line data={lanes[0].loss} dataKey="loss" name={rawName} stroke={PALETTE[5]} strokeWidth={1} dot={false} isAnimationActive={false} connectNulls />
        )}
        {lanes.map((lane, k) => (
          <Line
            key={k}
            data={lane.loss}
            dataKey="smooth"
            name={single ? smoothName : fmt(laneName, { lr: lane.learningRate })}
            stroke={PALETTE[k]}
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
            connectNulls
          />
        ))}
        {overlays.map((line) => (
          <Line key={line.key} data={line.loss} dataKey="smooth" name={line.name} stroke={line.color} strokeWidth={2} dot={false} isAnimationActive={false} connectNulls />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
});
