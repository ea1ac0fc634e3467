import { useLanguage } from '../../i18n/language';
import { fmt, useText } from '../../i18n/use-text';
import { pace, useTraining } from '../../state/training';
import { formatDuration, formatValue } from './format';
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
  const lastLoss = useTraining((s) => s.lanes[0]?.lastLoss ?? null);
  const { perSecond, secondsPerIteration, etaSeconds } = pace({ iteration, iterationFraction, elapsedMs, run: settings });
  const slow = perSecond !== null && perSecond < 1;
  const running = status === 'running';
  return (
    <div className="progress-panel">
      <p className="training-status" role="status">
        {t[`status.${status}`]}
        {running && phase === 'evaluating' ? ` · ${t.evaluating}` : ''}
      </p>
      <progress max={settings.iterations} value={Math.min(settings.iterations, iteration + iterationFraction)} aria-label={t.progressLabel} />
      <dl className="progress-figures">
        <div><dt>{t.iterationLabel}</dt><dd className="value" data-testid="iteration">{iteration.toLocaleString('en-US')} / {settings.iterations.toLocaleString('en-US')}</dd></div>
        <div><dt>{t.lossLabel}</dt><dd className="value" data-testid="last-loss">{formatValue(lastLoss)}</dd></div>
        <div>
          <dt>{slow ? t.secondsPerIteration : t.iterationsPerSecond}</dt>
          <dd className="value">{slow ? formatValue(secondsPerIteration, 3) : formatValue(perSecond, 3)}</dd>
        </div>
        <div><dt>{t.elapsed}</dt><dd className="value">{formatDuration(elapsedMs / 1000, lang)}</dd></div>
        <div><dt>{t.eta}</dt><dd className="value">{running || status === 'paused' ? formatDuration(etaSeconds ?? Number.NaN, lang) : '—'}</dd></div>
      </dl>
      {settings.method === 'naive' && (running || status === 'paused') && (
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
