import { useEffect, useId, useState } from 'react';
import { useLanguage } from '../../i18n/language';
import { fmt, useText } from '../../i18n/use-text';
import { HISTORY_SIZE } from '../../state/model-history';
import { useModels } from '../../state/models';
import type { ModelFileProblem } from '../../state/model-file';
import { storageUsage, type StorageUsage } from '../../storage/quota';
import { bytesText } from './format';
import { ModelNotice } from './ModelNotice';
import { ModelRow } from './ModelRow';
import { modelText } from './text';
import './models.css';

type T = Record<keyof (typeof modelText)['ko'], string>;

function problemText(t: T, problem: ModelFileProblem): string {
  if (problem.problem === 'too-large') return t.importTooLarge;
  if (problem.problem === 'not-json') return t.importNotJson;
  return fmt(t.importInvalid, { fields: problem.fields.join(', ') });
}

/** The kept models (newest first), which one is in use, an import from a file, and the space they take. */
export function ModelHistory() {
  const t = useText(modelText);
  const lang = useLanguage((s) => s.lang);
  const inputId = useId();
  const models = useModels((s) => s.models);
  const inUse = useModels((s) => s.inUse);
  const loadError = useModels((s) => s.loadError);
  const [problem, setProblem] = useState<ModelFileProblem | null>(null);
  const [usage, setUsage] = useState<StorageUsage | null>(null);

  useEffect(() => {
    let current = true;
    void storageUsage().then((u) => { if (current) setUsage(u); });
    return () => { current = false; };
  }, [models]);

  const load = async (file: File | undefined) => {
    if (!file) return;
    setProblem(null);
    const result = await useModels.getState().importFile(file, file.name);
    if ('problem' in result) setProblem(result);
  };

  return (
    <div className="widget model-history">
      <h3>{t.historyTitle}</h3>
      <ModelNotice sources={['import']} />
      {loadError && <p className="notice notice-error" role="alert">{fmt(t.loadFailed, { reason: t[`reason.${loadError}`] })}</p>}
      {models.length === 0 ? <p data-testid="saved-model">{t.historyEmpty}</p> : (
        <ul className="model-list" aria-label={t.historyTitle}>
          {models.map((model) => <ModelRow key={model.id} model={model} inUse={model.id === inUse?.id} />)}
        </ul>
      )}
      <p className="model-history-note">{fmt(t.historyNote, { max: HISTORY_SIZE })}</p>
      <div className="widget-row">
        <input id={inputId} type="file" accept="application/json,.json" className="visually-hidden" onChange={(e) => { void load(e.target.files?.[0]); e.target.value = ''; }} />
        <label htmlFor={inputId} className="file-button">{t.importButton}</label>
      </div>
      {problem && <p className="notice notice-error" role="alert">{problemText(t, problem)}</p>}
      {usage && usage.quota > 0 && (
        <p className="model-usage" data-testid="storage-usage">
          {fmt(t.usage, { used: bytesText(usage.usage, lang), quota: bytesText(usage.quota, lang) })} {usage.persisted ? t.persisted : t.notPersisted}
        </p>
      )}
    </div>
  );
}
