import { useText } from '../../i18n/text';
import { isActive, useTraining } from '../../state/training';
import { pause, reset, resume, startTraining, step, stop } from '../../worker/training-client';
import type { TrainingSettings } from '../../worker/settings';
import { labels } from './labels';

/** Start, pause or resume, one step, stop and reset of the run in the worker. */
export function RunControls({ settings }: { settings: TrainingSettings }) {
  const t = useText(labels);
  const status = useTraining((s) => s.status);
  const hasRun = useTraining((s) => s.runId > 0 && s.status !== 'idle');
  const active = isActive(status);
  return (
    <div className="widget-row run-controls">
      <button type="button" className="primary" disabled={active} onClick={() => void startTraining(settings)}>
        {t.start}
      </button>
      {status === 'paused' ? (
        <button type="button" onClick={resume}>{t.resume}</button>
      ) : (
        <button type="button" disabled={status !== 'running'} onClick={pause}>{t.pause}</button>
      )}
      <button type="button" disabled={active && status !== 'paused'} onClick={() => (status === 'paused' ? step() : void startTraining(settings, { singleStep: true }))}>
        {t.step}
      </button>
      <button type="button" disabled={!(status === 'running' || status === 'paused' || status === 'starting' || status === 'loading-data')} onClick={stop}>
        {t.stop}
      </button>
      <button type="button" disabled={!hasRun} onClick={reset}>{t.reset}</button>
    </div>
  );
}
