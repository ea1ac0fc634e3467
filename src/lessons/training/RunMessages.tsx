import { fmt, useText } from '../../i18n/use-text';
import { useTraining } from '../../state/training';
import { training } from '../../training/training';
import { DIVERGENCE_LOSS } from '../../protocol/settings';
import { formatValue } from './format';
import { labels } from './text-labels';
import { messages } from './text-messages';

/** Why a run stopped early or could not start, in the current language. */
export function RunMessages() {
  const t = useText(labels);
  const m = useText(messages);
  const error = useTraining((s) => s.error);
  const status = useTraining((s) => s.status);
  const lanes = useTraining((s) => s.lanes);
  const diverged = lanes.map((lane, k) => ({ lane, k })).filter(({ lane }) => lane.divergedAt !== null);
  return (
    <div className="run-messages">
      {error && (
        <div className="notice notice-error" role="alert">
          <p>
            {error.code === 'invalid-settings'
              ? fmt(m['error.invalid-settings'], { keys: error.keys.map((k) => t[`setting.${k}`]).join(', ') })
              : fmt(m[`error.${error.code}`], { detail: error.detail })}
          </p>
          {(error.code === 'worker-crashed' || error.code === 'failed') && (
            <button type="button" onClick={() => training.restartWorker()}>{m.restartWorker}</button>
          )}
        </div>
      )}
      {diverged.length > 0 && (
        <div className={status === 'diverged' ? 'notice notice-error' : 'notice notice-warning'} role="alert" data-testid="divergence">
          {diverged.map(({ lane, k }) => (
            <p key={k}>
              {fmt(lanes.length === 1 ? m.divergedSingle : m.divergedLane, {
                n: lane.divergedAt ?? 0,
                lr: lane.learningRate,
                loss: formatValue(lane.lastLoss),
                limit: formatValue(DIVERGENCE_LOSS, 3),
              })}
            </p>
          ))}
        </div>
      )}
    </div>
  );
}
