import { useLanguage, type Lang } from './language';

/** A lesson's or component's strings in every language, with the same keys in each. */
export type Texts<T extends Record<string, string>> = { ko: T; en: { [K in keyof T]: string } };

/** Declares a string table; the type checker makes sure English has every Korean key. */
export function defineText<T extends Record<string, string>>(texts: Texts<T>): Texts<T> {
  return texts;
}

/** The strings of a table in the current language. */
export function useText<T extends Record<string, string>>(texts: Texts<T>): Record<keyof T, string> {
  const lang = useLanguage((s) => s.lang);
  return texts[lang] as Record<keyof T, string>;
}

/** The strings of a table in a given language (outside React). */
export function textFor<T extends Record<string, string>>(texts: Texts<T>, lang: Lang): Record<keyof T, string> {
  return texts[lang] as Record<keyof T, string>;
}

/** Fills {name} placeholders: fmt('{n} steps', { n: 3 }) → '3 steps'. */
export function fmt(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
