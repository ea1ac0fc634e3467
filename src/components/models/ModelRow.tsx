import { useLanguage } from '../../i18n/language';
import { fmt, useText } from '../../i18n/use-text';
import { RowEditing } from '../history/RowEditing';
import { useModels } from '../../state/models';
import { modelShape, type ModelRecord } from '../../state/trained-model';
import { methodName } from '../method-name';
import { accuracyText, dateText, modelName } from './format';
import { modelText } from './text';

/** One kept model: what it is, whether it is in use, and use / rename / export / delete. */
export function ModelRow({ model, inUse }: { model: ModelRecord; inUse: boolean }) {
  const t = useText(modelText);
  const lang = useLanguage((s) => s.lang);
  const store = useModels.getState;
  const name = modelName(model, lang);

  return (
    <li className={inUse ? 'model-row model-in-use' : 'model-row'} data-testid="model-row">
      <p className="model-name">
        <strong>{name}</strong>
        {inUse && <span className="badge">{t.inUse}</span>}
      </p>
      <p className="model-details">
        {fmt(t.details, {
          shape: modelShape(model), method: methodName(model.method, lang), iterations: model.iterations.toLocaleString('en-US'),
          accuracy: accuracyText(model.testAccuracy, t.unknownAccuracy), date: dateText(model.createdAt, lang),
        })}
        {' · '}{t[`source.${model.source}`]}
        {model.augmentation && <> · {fmt(t.augmented, { accuracy: accuracyText(model.augmentedAccuracy, t.unknownAccuracy) })}</>}
      </p>
      <RowEditing
        name={name}
        text={t}
        onRename={(name) => store().rename(model.id, name)}
        onDelete={() => void store().remove(model.id)}
        leading={<button type="button" disabled={inUse} aria-label={fmt(t.useNamed, { name })} onClick={() => void store().use(model.id)}>{t.use}</button>}
        trailing={<button type="button" aria-label={fmt(t.exportNamed, { name })} onClick={() => store().exportFile(model)}>{t.exportFile}</button>}
      />
    </li>
  );
}
