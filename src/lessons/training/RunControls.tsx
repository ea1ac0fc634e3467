import { fmt, useText } from '../../i18n/use-text';
import type { TrainingSettings } from '../../protocol/settings';
import { useTraining } from '../../state/training';
import { canPause, canResume, canStart, canStep, canStop } from '../../state/training-status';
import { training } from '../../training/training';
import { labels } from './text-labels';

/** Start, pause or resume, one step, stop and reset of the run in the worker; reset keeps the seed, and says so. */
export function RunControls({ settings }: { settings: TrainingSettings }) {
  const t = useText(labels);
  const status = useTraining((s) => s.status);
  const hasRun = useTraining((s) => s.runId > 0 && s.status !== 'idle');
  return (
    <>
      <div className="widget-row run-controls">
        <button type="button" className="primary" disabled={!canStart(status)} onClick={() => void training.start(settings)}>
          {t.start}
        </button>
        {canResume(status) ? (
          <button type="button" onClick={() => training.resume()}>{t.resume}</button>
        ) : (
          <button type="button" disabled={!canPause(status)} onClick={() => training.pause()}>{t.pause}</button>
        )}
        <button type="button" disabled={!canStep(status)} onClick={() => training.step(settings)}>
          {t.step}
        </button>
        <button type="button" disabled={!canStop(status)} onClick={() => training.stop()}>
          {t.stop}
        </button>
        <button type="button" disabled={!hasRun} onClick={() => training.reset()} aria-describedby="reset-same-seed">{t.reset}</button>
      </div>
      <p id="reset-same-seed" className="run-controls-note">{fmt(t.resetSameSeed, { seed: settings.seed })}</p>
    </>
  );
}
