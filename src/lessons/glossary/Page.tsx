import { useEffect } from 'react';
import { GLOSSARY_TERMS } from '../../components/glossary-terms';
import { UrlWarning } from '../../components/UrlWarning';
import { useLanguage } from '../../i18n/language';
import { useText } from '../../i18n/use-text';
import { linkNames, useUrlState } from '../../state/url-state';
import { TERM_NAMES } from './names';
import { glossaryText } from './text';
import { glossaryUrlTable } from './url-state';
import './glossary.css';

/** Every term of the lessons, Korean beside English, with one line of meaning. */
export default function Page() {
  const t = useText(glossaryText);
  const lang = useLanguage((s) => s.lang);
  const [state, , invalid] = useUrlState(glossaryUrlTable);

  useEffect(() => {
    if (state.term) document.getElementById(`term-${state.term}`)?.scrollIntoView({ block: 'center' });
  }, [state.term]);

  const other = lang === 'ko' ? 'en' : 'ko';
  return (
    <>
      <UrlWarning keys={invalid} names={linkNames(glossaryUrlTable, { term: t.termField })} />
      <section aria-labelledby="glossary-list">
        <p className="prose">{t.intro}</p>
        <h2 id="glossary-list" className="visually-hidden">{t.listLabel}</h2>
        <dl className="glossary">
          {GLOSSARY_TERMS.map((term) => (
            <div key={term} id={`term-${term}`} className={term === state.term ? 'glossary-entry current' : 'glossary-entry'}>
              <dt>
                <span lang={lang}>{TERM_NAMES[term][lang]}</span> · <span lang={other}>{TERM_NAMES[term][other]}</span>
              </dt>
              <dd>{t[term]}</dd>
            </div>
          ))}
        </dl>
      </section>
    </>
  );
}
