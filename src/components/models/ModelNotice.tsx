import { localeOf, useLanguage, type Lang } from '../../i18n/language';
import { fmt, useText } from '../../i18n/use-text';
import { HISTORY_SIZE } from '../../state/model-history';
import { useModels, type ModelNotice as Notice } from '../../state/models';
import type { ModelRecord, ModelSource } from '../../state/trained-model';
import { accuracyText, modelName } from './format';
import { modelText } from './text';

type T = Record<keyof (typeof modelText)['ko'], string>;

function keptText(t: T, notice: Extract<Notice, { kind: 'kept' }>, current: ModelRecord | null, lang: Lang): string {
  const accuracy = accuracyText(notice.model.testAccuracy, t.unknownAccuracy);
  const name = modelName(notice.model, lang);
  if (notice.inUse || !current) return fmt(t.keptInUse, { name, accuracy });
  const known = notice.model.testAccuracy !== null && current.testAccuracy !== null;
  return fmt(known ? t.keptBetterInUse : t.keptUnknownInUse, { name, accuracy, current: modelName(current, lang), currentAccuracy: accuracyText(current.testAccuracy, t.unknownAccuracy) });
}

/**
 * What became of the latest model the app tried to keep, where the user is looking: kept and in use,
 * kept but not used (with a one-click switch), or not kept at all (with the reason and an export).
 * Failures to rename, delete or choose a model show where the history is (`sources` holding 'import').
 */
export function ModelNotice({ sources }: { sources: readonly ModelSource[] }) {
  const t = useText(modelText);
  const lang = useLanguage((s) => s.lang);
  const locale = localeOf(lang);
  const notice = useModels((s) => s.notice);
  const current = useModels((s) => s.inUse);
  const models = useModels((s) => s.models);
  // Each place shows what came from it: a run's outcome beside the run, an import's beside the import.
  if (!notice || (notice.model && !sources.includes(notice.model.source)) || (!notice.model && !sources.includes('import'))) return null;
  const dismiss = <button type="button" onClick={() => useModels.getState().dismissNotice()}>{t.dismiss}</button>;
  if (notice.kind === 'failed') {
    const reason = t[`reason.${notice.code}`];
    return (
      <div className="notice notice-error model-notice" role="alert" data-testid="model-notice">
        <p>{notice.action === 'keep' ? fmt(t.keepFailed, { reason }) : fmt(t[`${notice.action}Failed`], { reason })}</p>
        <div className="widget-row">
          {notice.model && <button type="button" className="primary" onClick={() => notice.model && useModels.getState().exportFile(notice.model)}>{t.exportFile}</button>}
          {dismiss}
        </div>
      </div>
    );
  }
  // A model deleted since (here or in another tab) has nothing left to say.
  if (!models.some((m) => m.id === notice.model.id)) return null;
  const inUse = current?.id === notice.model.id;
  return (
    <div className={inUse ? 'notice model-notice' : 'notice notice-warning model-notice'} role="status" data-testid="model-notice">
      {notice.recovered && <p>{fmt(t.recovered, { iterations: notice.model.iterations.toLocaleString(locale) })}</p>}
      <p>{keptText(t, { ...notice, inUse }, current, lang)}</p>
      {notice.dropped.length > 0 && <p>{fmt(t.dropped, { max: HISTORY_SIZE, names: notice.dropped.map((model) => `“${modelName(model, lang)}”`).join(', ') })}</p>}
      <div className="widget-row">
        {!inUse && <button type="button" className="primary" onClick={() => void useModels.getState().use(notice.model.id)}>{t.useThisOne}</button>}
        {dismiss}
      </div>
    </div>
  );
}
