import { useShallow } from 'zustand/react/shallow';
import { useLanguage } from '../../i18n/language';
import { fmt, useText } from '../../i18n/use-text';
import { pace, useTraining } from '../../state/training';
import { formatDuration, formatValue } from './format';
import { LaneFigures } from './LaneFigures';
import { labels } from './text-labels';

/** Where the run is: status, progress bar, iterations per second, elapsed time and ETA, measured live. */
export function ProgressPanel() {
  const t = useText(labels);
  const lang = useLanguage((s) => s.lang);
  const status = useTraining((s) => s.status);
  const iteration = useTraining((s) => s.iteration);
  const iterationFraction = useTraining((s) => s.iterationFraction);
  const elapsedMs = useTraining((s) => s.elapsedMs);
  const settings = useTraining((s) => s.run);
  const phase = useTraining((s) => s.phase);
  const measured = useTraining((s) => s.measured);
  const lastLosses = useTraining(useShallow((s) => s.lanes.map((lane) => lane.lastLoss)));
  const { perSecond, secondsPerIteration, etaSeconds } = pace({ iteration, iterationFraction, elapsedMs, run: settings, measured });
  const slow = perSecond !== null && perSecond < 1;
  const running = status === 'running';
  const going = running || status === 'paused';
  // Until a stretch of pure training has been timed, the pace and the time left are still being measured.
  const measuring = going && perSecond === null;
  // In a race every lane has its own loss, each named by its learning rate.
  const lossText = lastLosses.length > 1
    ? <LaneFigures items={lastLosses.map((loss, k) => fmt(t.laneValue, { lane: fmt(t.laneName, { lr: settings.learningRates[k] }), value: formatValue(loss) }))} />
    : formatValue(lastLosses[0] ?? null);
  return (
    <div className="progress-panel">
      <p className="training-status" role="status">
        {t[`status.${status}`]}
        {running && phase === 'evaluating' ? ` · ${t.evaluating}` : ''}
      </p>
      <progress max={settings.iterations} value={Math.min(settings.iterations, iteration + iterationFraction)} aria-label={t.progressLabel} />
      <dl className="progress-figures">
        <div><dt>{t.iterationLabel}</dt><dd className="value" data-testid="iteration">{iteration.toLocaleString('en-US')} / {settings.iterations.toLocaleString('en-US')}</dd></div>
        <div><dt>{t.lossLabel}</dt><dd className="value" data-testid="last-loss">{lossText}</dd></div>
        <div>
          <dt>{slow ? t.secondsPerIteration : t.iterationsPerSecond}</dt>
          <dd className="value" data-testid="pace">{measuring ? t.measuring : slow ? formatValue(secondsPerIteration, 3) : formatValue(perSecond, 3)}</dd>
        </div>
        <div><dt>{t.elapsed}</dt><dd className="value">{formatDuration(elapsedMs / 1000, lang)}</dd></div>
        <div><dt>{t.eta}</dt><dd className="value" data-testid="eta">{measuring ? t.measuring : going ? formatDuration(etaSeconds ?? Number.NaN, lang) : '—'}</dd></div>
      </dl>
      {settings.method === 'naive' && going && (
        <p className="notice notice-warning">
          {secondsPerIteration === null
            ? t.naiveMeasuring
            : fmt(t.naivePace, {
                perIteration: formatDuration(secondsPerIteration, lang),
                total: formatDuration(secondsPerIteration * settings.iterations, lang),
                percent: (iterationFraction * 100).toFixed(1),
              })}
        </p>
      )}
    </div>
  );
}
