import { fmt, useText } from '../../i18n/use-text';
import { fixFor, suggestedRate, type Failure } from '../../lib/training-health';
import { useTraining } from '../../state/training';
import { canStart } from '../../state/training-status';
import { training } from '../../training/training';
import { runShape } from '../../training/run-log';
import { SETTING_BOUNDS, type TrainingSettings } from '../../protocol/settings';
import { failureSentence } from './failure-text';
import { health } from './text-health';
import { labels } from './text-labels';
import { messages } from './text-messages';

interface RunMessagesProps {
  /** The lab's settings (and the race's rates), which a cure changes. */
  settings: TrainingSettings;
  onChange: (patch: Partial<TrainingSettings> & { race?: number[] }) => void;
}

/** The lane's rate moved ten times away (and on, past rates the race already has), within the accepted range. */
function replacementRate(failure: Failure, from: number, race: readonly number[]): number {
  const { min, max } = SETTING_BOUNDS.learningRate;
  let rate = suggestedRate(failure, from);
  while (race.includes(rate) && rate > min && rate < max) rate = suggestedRate(failure, rate);
  return Math.min(max, Math.max(min, rate));
}

/** Why a run stopped early, failed or could not start, in the current language, each failure with a one-click cure. */
export function RunMessages({ settings, onChange }: RunMessagesProps) {
  const t = useText(labels);
  const m = useText(messages);
  const h = useText(health);
  const error = useTraining((s) => s.error);
  const lanes = useTraining((s) => s.lanes);
  const run = useTraining((s) => s.run);
  // A failure is judged while the run goes on; its cure starts a new run, so like Start it waits for this one to end.
  const free = useTraining((s) => canStart(s.status));
  const shape = runShape(run);
  const single = lanes.length === 1;
  const failed = lanes.map((lane, k) => ({ lane, k })).filter(({ lane }) => lane.failure !== null);

  // A cure applies to the settings on screen and starts again at once: one click, as promised.
  const fixRun = (patch: Partial<TrainingSettings>) => {
    onChange(patch);
    void training.start({ ...settings, ...patch });
  };
  const fixLane = (k: number, rate: number) => {
    const rates = run.learningRates.map((r, i) => (i === k ? rate : r));
    onChange({ race: rates });
    void training.start(settings, { learningRates: rates });
  };

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
      {failed.map(({ lane, k }) => {
        const failure = lane.failure as Failure;
        const who = single ? h.whoRun : fmt(h.whoLane, { lr: lane.learningRate });
        const patch = fixFor(failure, { learningRate: lane.learningRate, weightInitStd: run.weightInitStd });
        const laneRate = replacementRate(failure, lane.learningRate, run.learningRates);
        const fixLabel = !single
          ? fmt(h.fixLane, { from: lane.learningRate, to: laneRate })
          : patch.weightInitStd !== undefined
            ? fmt(patch.learningRate !== undefined ? h.fixBoth : h.fixStd, { lr: patch.learningRate ?? '', std: patch.weightInitStd })
            : fmt(h.fixRate, { lr: patch.learningRate ?? '' });
        return (
          <div key={k} className={failure.kind === 'diverged' && single ? 'notice notice-error' : 'notice notice-warning'} role="alert" data-testid="failure" data-kind={failure.kind}>
            <p>{failureSentence(h, failure, who, shape.guessLoss, shape.plannedIterations)}</p>
            {failure.kind === 'saturated' && <p><a href="#/cee">{h.saturatedLink}</a></p>}
            <button type="button" disabled={!free} aria-describedby={free ? undefined : `fix-busy-${k}`} onClick={() => (single ? fixRun(patch) : fixLane(k, laneRate))}>{fixLabel}</button>
            {!free && <p id={`fix-busy-${k}`} className="field-hint">{h.fixBusy}</p>}
          </div>
        );
      })}
    </div>
  );
}
