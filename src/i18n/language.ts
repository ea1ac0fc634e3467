import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { safeJsonStorage } from '../storage/safe-storage';

export type Lang = 'ko' | 'en';
export const LANGS: readonly Lang[] = ['ko', 'en'];

export function isLang(value: unknown): value is Lang {
  return value === 'ko' || value === 'en';
}

interface LanguageState {
  lang: Lang;
  setLang: (lang: Lang) => void;
}

/** The interface language; Korean by default, remembered across visits. */
export const useLanguage = create<LanguageState>()(
  persist(
    (set) => ({
      lang: 'ko',
      setLang: (lang) => set({ lang }),
    }),
    {
      name: 'nnlab.language',
      version: 1,
      storage: safeJsonStorage(),
      partialize: (s) => ({ lang: s.lang }),
      // Anything but a known language (old, corrupt or foreign data) falls back to Korean.
      migrate: (persisted) => ({ lang: isLang((persisted as { lang?: unknown } | null)?.lang) ? (persisted as { lang: Lang }).lang : 'ko' }),
      merge: (persisted, current) => {
        const lang = (persisted as { lang?: unknown } | null)?.lang;
        return { ...current, lang: isLang(lang) ? lang : current.lang };
      },
    },
  ),
);

/** The BCP 47 locale for number and date formatting in a language. */
export function localeOf(lang: Lang): string {
  return lang === 'ko' ? 'ko-KR' : 'en-US';
}
