import { common } from '../i18n/text';
import { useLanguage, type Lang } from '../i18n/language';
import { useText } from '../i18n/use-text';

// Each language is named in itself, so a reader of either can find their own.
const NAMES: Record<Lang, string> = { ko: '한국어', en: 'English' };

export function LanguageSwitch() {
  const t = useText(common);
  const lang = useLanguage((s) => s.lang);
  const setLang = useLanguage((s) => s.setLang);
  return (
    <div className="language-switch" role="group" aria-label={t.language}>
      {(Object.keys(NAMES) as Lang[]).map((code) => (
        <button key={code} type="button" lang={code} aria-pressed={lang === code} onClick={() => setLang(code)}>
          {NAMES[code]}
        </button>
      ))}
    </div>
  );
}
