import { localeOf, type Lang } from '../../i18n/language';
import { fmt, textFor } from '../../i18n/use-text';
import { uniqueSuffix } from '../../state/model-history';
import { defaultName, modelShape, type TrainedModel } from '../../state/trained-model';
import { methodName } from '../method-name';
import { modelText } from './text';

/** 0.9316 → "93.16%" (Korean and English alike); null → the caller's word for unknown. */
export function accuracyText(value: number | null, unknown: string): string {
  return value === null ? unknown : `${(value * 100).toFixed(2)}%`;
}

/** A kept model's date in the reader's locale (validated ISO dates only reach here). */
export function dateText(iso: string, lang: Lang): string {
  return new Date(iso).toLocaleString(localeOf(lang), { dateStyle: 'medium', timeStyle: 'short' });
}

/** 12 345 678 bytes → "12 MB". */
export function bytesText(bytes: number, lang: Lang): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${value.toLocaleString(localeOf(lang), { maximumFractionDigits: value < 10 ? 1 : 0 })} ${units[unit]}`;
}

/**
 * A kept model's name in `lang`: a default name (defaultName's fixed form, as stored and exported) is
 * written in the reader's language; a name the user gave, or an imported file's, stays as it is.
 */
export function modelName(model: Pick<TrainedModel, 'inputSize' | 'hiddenSize' | 'outputSize' | 'method' | 'iterations'> & { name: string }, lang: Lang): string {
  const suffix = uniqueSuffix(model.name, defaultName(model));
  if (suffix === null) return model.name;
  const iterations = lang === 'en' ? String(model.iterations) : model.iterations.toLocaleString(localeOf(lang));
  return fmt(textFor(modelText, lang).defaultName, { shape: modelShape(model), method: methodName(model.method, lang), iterations }) + suffix;
}
