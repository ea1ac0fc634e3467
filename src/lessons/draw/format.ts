import type { Lang } from '../../i18n/language';

/** A probability in [0, 1] as a percentage with one decimal, in the reader's locale: 0.9234 → "92.3%". */
export function percent(p: number, lang: Lang): string {
  return p.toLocaleString(lang === 'ko' ? 'ko-KR' : 'en-US', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

/** Below this top probability a prediction is flagged as unsure. */
export const LOW_CONFIDENCE = 0.5;

/** The classes ordered from most to least probable. */
export function ranking(probabilities: ArrayLike<number>): number[] {
  return Array.from({ length: probabilities.length }, (_, k) => k).sort((a, b) => probabilities[b] - probabilities[a] || a - b);
}
