import { useId, useState } from 'react';
import { fmt, useText } from '../../i18n/use-text';
import { downloadText, runFileText, type RunFileProblem } from '../../state/run-file';
import { defaultRunName } from '../../state/run-record';
import { useRuns, type RunNotice } from '../../state/runs';
import { RunRow } from './RunRow';
import { runText } from './text';
import '../models/models.css';

type T = Record<keyof (typeof runText)['ko'], string>;

function problemText(t: T, problem: RunFileProblem, file: string): string {
  if (problem.problem === 'too-large') return fmt(t.importTooLarge, { file });
  if (problem.problem === 'not-json') return fmt(t.importNotJson, { file });
  if (problem.problem === 'not-runs') return fmt(t.importNotRuns, { file });
  return fmt(t.importInvalid, { file, entries: problem.entries.join(', ') });
}

function NoticeView({ t, notice, file }: { t: T; notice: RunNotice; file: string }) {
  const dismiss = <button type="button" onClick={() => useRuns.getState().dismissNotice()}>{t.dismiss}</button>;
  if (notice.kind === 'imported') {
    return (
      <div className="notice model-notice" role="status">
        <p>{fmt(notice.skipped > 0 ? t.importedSkipped : t.imported, { file, added: notice.added, skipped: notice.skipped })}</p>
        {dismiss}
      </div>
    );
  }
  const { run } = notice;
  return (
    <div className="notice notice-error model-notice" role="alert">
      <p>{fmt(t[`${notice.action}Failed`], { reason: t[`reason.${notice.code}`] })}</p>
      <div className="widget-row">
        {/* A run that could not be kept can still leave as a file, so that it is not lost. */}
        {run && <button type="button" className="primary" onClick={() => downloadText(runFileText([{ ...run, id: run.createdAt, name: defaultRunName(run) }]), 'run.json', 'application/json')}>{t.exportThis}</button>}
        {dismiss}
      </div>
    </div>
  );
}

/** The kept runs of the lab, newest first: tick to overlay, rename, export, delete, and import from a file. */
export function RunHistory() {
  const t = useText(runText);
  const inputId = useId();
  const runs = useRuns((s) => s.runs);
  const selected = useRuns((s) => s.selected);
  const saving = useRuns((s) => s.saving);
  const loadError = useRuns((s) => s.loadError);
  const unreadable = useRuns((s) => s.unreadable);
  const notice = useRuns((s) => s.notice);
  const [problem, setProblem] = useState<{ problem: RunFileProblem; file: string } | null>(null);
  const [fileName, setFileName] = useState('');

  const load = async (file: File | undefined) => {
    if (!file) return;
    setProblem(null);
    setFileName(file.name);
    const result = await useRuns.getState().importFile(file);
    if ('problem' in result) setProblem({ problem: result, file: file.name });
  };

  return (
    <div className="widget model-history run-history">
      <h3>{t.title}</h3>
      <p className="model-history-note">{t.intro}</p>
      {loadError && <p className="notice notice-error" role="alert">{fmt(t.loadFailed, { reason: t[`reason.${loadError}`] })}</p>}
      {unreadable > 0 && <p className="notice notice-warning">{fmt(t.unreadable, { n: unreadable })}</p>}
      {notice && <NoticeView t={t} notice={notice} file={fileName} />}
      {runs.length === 0 ? <p>{t.empty}</p> : (
        <ul className="model-list" aria-label={t.listLabel}>
          {runs.map((run) => <RunRow key={run.id} run={run} selected={selected.includes(run.id)} saving={saving.includes(run.id)} />)}
        </ul>
      )}
      {selected.length > 0 && (
        <p className="widget-row" role="status">
          {fmt(t.overlaying, { n: selected.length })}
          <button type="button" onClick={() => useRuns.setState({ selected: [] })}>{t.clearOverlay}</button>
        </p>
      )}
      <div className="widget-row">
        <button type="button" disabled={runs.length === 0} onClick={() => downloadText(runFileText(runs), 'runs.json', 'application/json')}>{t.exportAll}</button>
        <input id={inputId} type="file" accept="application/json,.json" className="visually-hidden" onChange={(e) => { void load(e.target.files?.[0]); e.target.value = ''; }} />
        <label htmlFor={inputId} className="file-button">{t.importButton}</label>
      </div>
      {problem && <p className="notice notice-error" role="alert">{problemText(t, problem.problem, problem.file)}</p>}
    </div>
  );
}
