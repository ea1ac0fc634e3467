import type { GrayImage } from '../../lib/digits/gray-image';
import { unusualInk } from '../../lib/digits/ink-range';
import { localeOf } from '../../i18n/language';
import type { Lang } from '../../i18n/language';

// Building an Intl.NumberFormat is far slower than using one, and these run on every animation frame.
const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}:${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(localeOf(lang), options);
    formats.set(key, format);
  }
  return format;
}

/** A probability in [0, 1] as a percentage with one decimal, in the reader's locale: 0.9234 → "92.3%". */
export function percent(p: number, lang: Lang): string {
  return numberFormat(lang, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(p);
}

/** A number with at most `digits` decimals, in the reader's locale: 3.14159 → "3.14". */
export function decimal(v: number, lang: Lang, digits: number): string {
  return numberFormat(lang, { maximumFractionDigits: digits }).format(v);
}

/** Below this top probability a prediction is flagged as unsure. */
export const LOW_CONFIDENCE = 0.5;

/** The classes ordered from most to least probable. */
export function ranking(probabilities: ArrayLike<number>): number[] {
  return Array.from({ length: probabilities.length }, (_, k) => k).sort((a, b) => probabilities[b] - probabilities[a] || a - b);
}

/** An answer's two best classes, and why it may not deserve trust: unsure below LOW_CONFIDENCE, unusual when its input's ink lies outside MNIST's range. */
export function judgeAnswer(probabilities: ArrayLike<number>, input: GrayImage): { top: number; second: number; unsure: boolean; unusual: boolean } {
  const [top, second] = ranking(probabilities);
  return { top, second, unsure: probabilities[top] < LOW_CONFIDENCE, unusual: unusualInk(input) };
}
