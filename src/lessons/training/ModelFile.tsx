import { useId, useState } from 'react';
import { fmt, useText } from '../../i18n/use-text';
import { isTrainedModel, useTrainedModel } from '../../state/trained-model';
import { formatPercent } from './format';
import { messages } from './text-messages';

/** Largest model file accepted: a 784-500-10 model as JSON is about 8 MB. */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** The kept model (used by the drawing page), saved to or restored from a JSON file. */
export function ModelFile() {
  const t = useText(messages);
  const inputId = useId();
  const model = useTrainedModel((s) => s.model);
  const setModel = useTrainedModel((s) => s.setModel);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const download = () => {
    if (!model) return;
    const url = URL.createObjectURL(new Blob([JSON.stringify(model)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `two-layer-net-${model.inputSize}-${model.hiddenSize}-${model.outputSize}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };

  const load = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setMessage({ ok: false, text: t.importTooLarge });
      return;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(await file.text());
    } catch {
      setMessage({ ok: false, text: t.importNotJson });
      return;
    }
    if (!isTrainedModel(parsed)) {
      setMessage({ ok: false, text: t.importInvalid });
      return;
    }
    setModel(parsed);
    setMessage({ ok: true, text: fmt(t.importDone, { name: file.name }) });
  };

  return (
    <div className="widget model-file">
      {model ? (
        <p data-testid="saved-model">
          {fmt(t.modelSummary, {
            sizes: `${model.inputSize}-${model.hiddenSize}-${model.outputSize}`,
            method: model.method,
            iterations: model.iterations,
            accuracy: formatPercent(model.testAccuracy),
            date: model.trainedAt.slice(0, 19).replace('T', ' '),
          })}
        </p>
      ) : (
        <p data-testid="saved-model">{t.noModel}</p>
      )}
      <div className="widget-row">
        <button type="button" disabled={!model} onClick={download}>{t.exportButton}</button>
        <input id={inputId} type="file" accept="application/json,.json" className="visually-hidden" onChange={(e) => { void load(e.target.files?.[0]); e.target.value = ''; }} />
        <label htmlFor={inputId} className="file-button">{t.importButton}</label>
        <button type="button" disabled={!model} onClick={() => { useTrainedModel.getState().clear(); setMessage(null); }}>{t.forgetButton}</button>
      </div>
      {message && <p className={message.ok ? 'notice' : 'notice notice-error'} role={message.ok ? 'status' : 'alert'}>{message.text}</p>}
    </div>
  );
}
