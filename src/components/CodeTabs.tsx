import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { common } from '../i18n/text';
import { fmt, useText } from '../i18n/use-text';
import { codeText } from './code-text';
import type { NumpySnippet, SnippetLoader } from './numpy-snippet';

type Tab = 'typescript' | 'numpy';
const TABS: Tab[] = ['typescript', 'numpy'];

/** The TypeScript a widget runs and, one tab away, the same computation in NumPy (fetched on first use). */
export function CodeTabs({ typescript, numpy }: { typescript: ReactNode; numpy: SnippetLoader }) {
  const t = useText(codeText);
  const id = useId();
  const [tab, setTab] = useState<Tab>('typescript');
  const [snippet, setSnippet] = useState<NumpySnippet | 'loading' | 'failed' | null>(null);
  const load = () => {
    if (snippet !== null && snippet !== 'failed') return;
    setSnippet('loading');
    numpy().then(setSnippet, () => setSnippet('failed'));
  };
  const select = (next: Tab) => {
    setTab(next);
    if (next === 'numpy') load();
  };
  // Arrow keys move between the two tabs, as in the WAI-ARIA tabs pattern.
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) return;
    event.preventDefault();
    const next = event.key === 'Home' ? 'typescript' : event.key === 'End' ? 'numpy' : tab === 'typescript' ? 'numpy' : 'typescript';
    select(next);
    document.getElementById(`${id}-${next}`)?.focus();
  };
  return (
    <>
      <div role="tablist" aria-label={t.languages} className="code-tabs">
        {TABS.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`${id}-${name}`}
            aria-selected={tab === name}
            aria-controls={`${id}-panel`}
            tabIndex={tab === name ? 0 : -1}
            onClick={() => select(name)}
            onKeyDown={onKeyDown}
          >
            {t[name]}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-${tab}`}>
        {tab === 'typescript' ? typescript : <NumpyPanel snippet={snippet} retry={load} />}
      </div>
    </>
  );
}

function NumpyPanel({ snippet, retry }: { snippet: NumpySnippet | 'loading' | 'failed' | null; retry: () => void }) {
  const t = useText(codeText);
  const shared = useText(common);
  if (snippet === 'failed') return <p role="alert">{shared.codeUnavailable} <button type="button" onClick={retry}>{shared.retry}</button></p>;
  if (snippet === null || snippet === 'loading') return <p role="status">{shared.loading}</p>;
  return (
    <>
      <p className="code-note">
        {t.numpyNote}
        {snippet.cell !== undefined && <> {fmt(t.cell, { cell: snippet.cell || 'None' })}</>}
      </p>
      <pre tabIndex={0} aria-label="NumPy">
        <code>{snippet.code}</code>
      </pre>
      <p className="code-note">{t.output}</p>
      <pre tabIndex={0} aria-label={`NumPy ${t.output}`} data-testid="numpy-output">
        <code>{snippet.output}</code>
      </pre>
    </>
  );
}
