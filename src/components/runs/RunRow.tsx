import { useLanguage } from '../../i18n/language';
import { fmt, useText } from '../../i18n/use-text';
import { RowEditing } from '../history/RowEditing';
import { downloadText, runCsvText, runFileName, runFileText } from '../../state/run-file';
import type { RunRecord } from '../../state/run-record';
import { useRuns } from '../../state/runs';
import { methodName } from '../method-name';
import { accuracyText, dateText } from '../models/format';
import { runName } from './run-name';
import { runText } from './text';

/** One kept run: its settings and final accuracies, a tick to overlay it, and rename / export / delete. */
export function RunRow({ run, selected, saving }: { run: RunRecord; selected: boolean; saving: boolean }) {
  const t = useText(runText);
  const lang = useLanguage((s) => s.lang);
  const store = useRuns.getState;
  const { settings } = run;
  const single = run.lanes.length === 1;
  const name = runName(run, lang);

  const finalText = (lane: RunRecord['lanes'][number]) => ({
    lr: lane.learningRate, train: accuracyText(lane.accuracy.at(-1)?.train ?? null, t.unknown), test: accuracyText(lane.testAccuracy, t.unknown),
  });

  return (
    <li className={selected ? 'model-row model-in-use' : 'model-row'} data-testid="run-row">
      <label className="model-name run-pick">
        <input type="checkbox" checked={selected} onChange={() => store().toggle(run.id)} aria-label={fmt(t.overlayNamed, { name })} />
        <strong>{name}</strong>
      </label>
      <p className="model-details">
        {fmt(t.details, {
          method: methodName(settings.method, lang), rates: settings.learningRates.join(' / '), seed: settings.seed, hidden: settings.hiddenSize, batch: settings.batchSize,
          iterations: run.iterations.toLocaleString('en-US'), planned: settings.iterations.toLocaleString('en-US'), end: t[`end.${run.end}`], date: dateText(run.createdAt, lang),
        })}
      </p>
      <p className="model-details">
        {single ? fmt(t.accuracy, finalText(run.lanes[0])) : run.lanes.map((lane) => fmt(t.laneAccuracy, finalText(lane))).join(' · ')}
      </p>
      {/* Renaming, deleting or exporting a run storage does not hold yet would act on nothing: they wait for it. */}
      {saving ? <p className="model-details" role="status">{t.saving}</p> : (
        <RowEditing
          name={name}
          text={t}
          onRename={(name) => store().rename(run.id, name)}
          onDelete={() => void store().remove(run.id)}
          trailing={(
            <>
              <button type="button" aria-label={fmt(t.exportJsonNamed, { name })} onClick={() => downloadText(runFileText([run]), runFileName(name, 'json'), 'application/json')}>{t.exportJson}</button>
              <button type="button" aria-label={fmt(t.exportCsvNamed, { name })} onClick={() => downloadText(runCsvText(run), runFileName(name, 'csv'), 'text/csv')}>{t.exportCsv}</button>
            </>
          )}
        />
      )}
    </li>
  );
}
