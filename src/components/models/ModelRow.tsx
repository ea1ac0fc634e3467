import { useId, useState } from 'react';
import { useLanguage } from '../../i18n/language';
import { fmt, useText } from '../../i18n/use-text';
import { useModels } from '../../state/models';
import { modelShape, type ModelRecord } from '../../state/trained-model';
import { accuracyText, dateText } from './format';
import { modelText } from './text';

/** One kept model: what it is, whether it is in use, and use / rename / export / delete. */
export function ModelRow({ model, inUse }: { model: ModelRecord; inUse: boolean }) {
  const t = useText(modelText);
  const lang = useLanguage((s) => s.lang);
  const inputId = useId();
  const [mode, setMode] = useState<'view' | 'rename' | 'delete'>('view');
  const [name, setName] = useState(model.name);
  const store = useModels.getState;

  const rename = async () => {
    if (await store().rename(model.id, name)) setMode('view');
  };

  return (
    <li className={inUse ? 'model-row model-in-use' : 'model-row'} data-testid="model-row">
      <p className="model-name">
        <strong>{model.name}</strong>
        {inUse && <span className="badge">{t.inUse}</span>}
      </p>
      <p className="model-details">
        {fmt(t.details, {
          shape: modelShape(model), method: model.method, iterations: model.iterations.toLocaleString('en-US'),
          accuracy: accuracyText(model.testAccuracy, t.unknownAccuracy), date: dateText(model.createdAt, lang),
        })}
        {' · '}{t[`source.${model.source}`]}
        {model.augmentation && <> · {fmt(t.augmented, { accuracy: accuracyText(model.augmentedAccuracy, t.unknownAccuracy) })}</>}
      </p>
      {mode === 'rename' && (
        <form className="widget-row" onSubmit={(e) => { e.preventDefault(); void rename(); }}>
          <label htmlFor={inputId}>{t.nameLabel}</label>
          <input id={inputId} type="text" value={name} maxLength={80} onChange={(e) => setName(e.target.value)} autoFocus />
          <button type="submit" disabled={name.trim() === ''}>{t.save}</button>
          <button type="button" onClick={() => { setName(model.name); setMode('view'); }}>{t.cancel}</button>
        </form>
      )}
      {mode === 'delete' && (
        <div className="widget-row" role="group" aria-label={fmt(t.deleteNamed, { name: model.name })}>
          <span>{fmt(t.confirmDelete, { name: model.name })}</span>
          <button type="button" onClick={() => void store().remove(model.id)}>{t.confirmDeleteButton}</button>
          <button type="button" onClick={() => setMode('view')}>{t.cancel}</button>
        </div>
      )}
      {mode === 'view' && (
        <div className="widget-row">
          <button type="button" disabled={inUse} aria-label={fmt(t.useNamed, { name: model.name })} onClick={() => void store().use(model.id)}>{t.use}</button>
          <button type="button" aria-label={fmt(t.renameNamed, { name: model.name })} onClick={() => { setName(model.name); setMode('rename'); }}>{t.rename}</button>
          <button type="button" aria-label={fmt(t.exportNamed, { name: model.name })} onClick={() => store().exportFile(model)}>{t.exportFile}</button>
          <button type="button" aria-label={fmt(t.deleteNamed, { name: model.name })} onClick={() => setMode('delete')}>{t.delete}</button>
        </div>
      )}
    </li>
  );
}
