import { useId, useState } from 'react';
import { useLanguage } from '../../i18n/language';
import { fmt, useText } from '../../i18n/use-text';
import { downloadText, runCsvText, runFileName, runFileText } from '../../state/run-file';
import type { RunRecord } from '../../state/run-record';
import { useRuns } from '../../state/runs';
import { accuracyText, dateText } from '../models/format';
import { runText } from './text';

/** One kept run: its settings and final accuracies, a tick to overlay it, and rename / export / delete. */
export function RunRow({ run, selected }: { run: RunRecord; selected: boolean }) {
  const t = useText(runText);
  const lang = useLanguage((s) => s.lang);
  const inputId = useId();
  const [mode, setMode] = useState<'view' | 'rename' | 'delete'>('view');
  const [name, setName] = useState(run.name);
  const store = useRuns.getState;
  const { settings } = run;
  const single = run.lanes.length === 1;

  const rename = async () => {
    if (await store().rename(run.id, name)) setMode('view');
  };
  const finalText = (lane: RunRecord['lanes'][number]) => ({
    lr: lane.learningRate, train: accuracyText(lane.accuracy.at(-1)?.train ?? null, t.unknown), test: accuracyText(lane.testAccuracy, t.unknown),
  });

  return (
    <li className={selected ? 'model-row model-in-use' : 'model-row'} data-testid="run-row">
      <label className="model-name run-pick">
        <input type="checkbox" checked={selected} onChange={() => store().toggle(run.id)} aria-label={fmt(t.overlayNamed, { name: run.name })} />
        <strong>{run.name}</strong>
      </label>
      <p className="model-details">
        {fmt(t.details, {
          method: settings.method, rates: settings.learningRates.join(' / '), seed: settings.seed, hidden: settings.hiddenSize, batch: settings.batchSize,
          iterations: run.iterations.toLocaleString('en-US'), planned: settings.iterations.toLocaleString('en-US'), end: t[`end.${run.end}`], date: dateText(run.createdAt, lang),
        })}
      </p>
      <p className="model-details">
        {single ? fmt(t.accuracy, finalText(run.lanes[0])) : run.lanes.map((lane) => fmt(t.laneAccuracy, finalText(lane))).join(' · ')}
      </p>
      {mode === 'rename' && (
        <form className="widget-row" onSubmit={(e) => { e.preventDefault(); void rename(); }}>
          <label htmlFor={inputId}>{t.nameLabel}</label>
          <input id={inputId} type="text" value={name} maxLength={80} onChange={(e) => setName(e.target.value)} autoFocus />
          <button type="submit" disabled={name.trim() === ''}>{t.save}</button>
          <button type="button" onClick={() => { setName(run.name); setMode('view'); }}>{t.cancel}</button>
        </form>
      )}
      {mode === 'delete' && (
        <div className="widget-row" role="group" aria-label={fmt(t.deleteNamed, { name: run.name })}>
          <span>{fmt(t.confirmDelete, { name: run.name })}</span>
          <button type="button" onClick={() => void store().remove(run.id)}>{t.confirmDeleteButton}</button>
          <button type="button" onClick={() => setMode('view')}>{t.cancel}</button>
        </div>
      )}
      {mode === 'view' && (
        <div className="widget-row">
          <button type="button" aria-label={fmt(t.renameNamed, { name: run.name })} onClick={() => { setName(run.name); setMode('rename'); }}>{t.rename}</button>
          <button type="button" aria-label={fmt(t.exportJsonNamed, { name: run.name })} onClick={() => downloadText(runFileText([run]), runFileName(run.name, 'json'), 'application/json')}>{t.exportJson}</button>
          <button type="button" aria-label={fmt(t.exportCsvNamed, { name: run.name })} onClick={() => downloadText(runCsvText(run), runFileName(run.name, 'csv'), 'text/csv')}>{t.exportCsv}</button>
          <button type="button" aria-label={fmt(t.deleteNamed, { name: run.name })} onClick={() => setMode('delete')}>{t.delete}</button>
        </div>
      )}
    </li>
  );
}
