import { localeOf } from '../i18n/language';
import type { Lang } from '../i18n/language';
import { fmt, textFor } from '../i18n/use-text';
import type { MnistLoadError } from './load-error';
import { mnistText } from './text';

/** 9612640 → "9.6 MB": sizes as people read them. */
export function formatBytes(bytes: number, lang: Lang): string {
  const locale = localeOf(lang);
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toLocaleString(locale, { maximumFractionDigits: 1 })} KB`;
  return `${(bytes / (1024 * 1024)).toLocaleString(locale, { maximumFractionDigits: 1 })} MB`;
}

/** The error as a sentence in the given language, prefixed by the file it concerns. */
export function describeLoadError(error: MnistLoadError, lang: Lang): string {
  const t = textFor(mnistText, lang);
  const locale = localeOf(lang);
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(error.values)) {
    if (typeof value === 'string') values[key] = value;
    else if (key === 'magic') values[key] = `0x${value.toString(16).padStart(8, '0')}`;
    else if (key === 'type') values[key] = `0x${value.toString(16).padStart(2, '0')}`;
    else if ((key === 'size' || key === 'max') && error.code !== 'too-large' && error.code !== 'bad-dimension-count') values[key] = formatBytes(value, lang);
    else values[key] = value.toLocaleString(locale);
  }
  const sentence = fmt(t[`error.${error.code}`], values);
  return error.file ? `${error.file}: ${sentence}` : sentence;
}
