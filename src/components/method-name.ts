import type { Lang } from '../i18n/language';
import { defineText, textFor } from '../i18n/use-text';

/** The gradient methods' short names, for kept runs and models. */
export const methodNames = defineText({
  ko: { naive: '노트 그대로의 수치 미분', incremental: '증분 수치 미분', backprop: '오차역전파' },
  en: { naive: 'naive numerical', incremental: 'incremental numerical', backprop: 'backprop' },
});

/** A gradient method's short name in `lang`; free text (an imported model's method) as it is. */
export function methodName(method: string, lang: Lang): string {
  const names: Record<string, string> = textFor(methodNames, lang);
  return Object.hasOwn(names, method) ? names[method] : method;
}
