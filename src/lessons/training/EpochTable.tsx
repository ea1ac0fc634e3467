import { fmt, useText } from '../../i18n/use-text';
import { useTraining } from '../../state/training';
import { formatPercent } from './format';
import { labels } from './text-labels';
import { useDataCounts } from './use-data-counts';
import { failureLabel } from './failure-text';
import { health } from './text-health';

/** Full-set accuracy at each epoch, where the notes print it, and the final test accuracy. */
export function EpochTable() {
  const t = useText(labels);
  const counts = useDataCounts();
  const h = useText(health);
  const lanes = useTraining((s) => s.lanes);
  if (lanes.length === 0) return null;
  const single = lanes.length === 1;
  return (
    <table className="data epoch-table">
      <caption>{fmt(t.epochCaption, counts)}</caption>
      <thead>
        <tr>
          {!single && <th scope="col">{t.laneColumn}</th>}
          <th scope="col">{t.epochColumn}</th>
          <th scope="col">{t.iterationLabel}</th>
          <th scope="col">{t.trainAccuracy}</th>
          <th scope="col">{t.testAccuracy}</th>
        </tr>
      </thead>
      <tbody>
        {lanes.flatMap((lane, k) => [
          ...lane.epochs.map((e) => (
            <tr key={`${k}-${e.epoch}`}>
              {!single && <td>{lane.learningRate}</td>}
              <td>{e.epoch}</td>
              <td>{e.iteration}</td>
              <td>{formatPercent(e.train)}</td>
              <td>{formatPercent(e.test)}</td>
            </tr>
          )),
          <tr key={`${k}-final`} className="final-row">
            {!single && <td>{lane.learningRate}</td>}
            <td colSpan={3} data-testid={`final-label-${k}`}>{lane.failure ? `${t.finalRow} · ${failureLabel(h, lane.failure)}` : t.finalRow}</td>
            <td data-testid={`final-test-${k}`}>{formatPercent(lane.testAccuracy)}</td>
          </tr>,
        ])}
      </tbody>
    </table>
  );
}
