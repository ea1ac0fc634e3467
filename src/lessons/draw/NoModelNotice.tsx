import { localeOf, useLanguage } from '../../i18n/language';
import { fmt, useText } from '../../i18n/use-text';
import { useTraining } from '../../state/training';
import { isActive } from '../../state/training-status';
import { startDrawingModel } from './DrawingTraining';
import { drawModelText } from './text-model';
import { drawWidgetText } from './text-widgets';

/**
 * Beside the pad when there is no network to ask: what to do about it, one click away, and how far a
 * training run has got. The drawing stays on the pad and is read as soon as the network is ready.
 */
export function NoModelNotice() {
  const t = useText(drawWidgetText);
  const tm = useText(drawModelText);
  const lang = useLanguage((s) => s.lang);
  const status = useTraining((s) => s.status);
  const iteration = useTraining((s) => s.iteration);
  const total = useTraining((s) => s.run.iterations);
  const count = (n: number) => n.toLocaleString(localeOf(lang));
  return (
    <div className="notice">
      <p>{t.noModel}</p>
      {isActive(status) ? (
        <p>{status === 'loading-data' ? tm.trainingLoading : fmt(tm.trainingStatus, { iteration: count(iteration), total: count(total) })}</p>
      ) : (
        <>
          <p>{t.noModelHelp}</p>
          <button type="button" className="primary" onClick={() => void startDrawingModel()}>{t.trainHere}</button>
        </>
      )}
    </div>
  );
}
