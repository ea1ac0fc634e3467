import { useState } from 'react';
import { common } from '../i18n/text';
import { useText } from '../i18n/use-text';
import { CodeTabs } from './CodeTabs';
import type { SnippetLoader } from './numpy-snippet';

/** `() => import('../lib/losses.ts?raw')`: a module's source, fetched only when someone opens the view. */
export type SourceLoader = () => Promise<{ default: string }>;

interface CodeViewProps {
  /**
   * Module source through Vite's `?raw`, so it can never drift from the code that runs: best as a
   * loader, which keeps the text out of the page's chunk (and out of a first visit's download).
   */
  source: string | SourceLoader;
  /** File name shown in the summary, e.g. "src/lib/losses.ts". */
  fileName: string;
  /** Show from the line containing this text… */
  from?: string;
  /** …up to and including the line containing this text… */
  to?: string;
  /** …or up to (not including) this text, which may span lines. */
  before?: string;
  /** The same computation in NumPy, offered in a second tab (best as a dynamic import). */
  numpy?: SnippetLoader;
}

/**
 * The part of `source` from the line holding `from` to the end of the line holding `to`, or up to
 * `before`. A marker that is missing widens the excerpt rather than hiding code after a rename.
 */
export function excerpt(source: string, markers: { from?: string; to?: string; before?: string }): string {
  const found = markers.from === undefined ? -1 : source.indexOf(markers.from);
  const start = found < 0 ? 0 : source.lastIndexOf('\n', found) + 1;
  let end = source.length;
  if (markers.to !== undefined) {
    const at = source.indexOf(markers.to, start);
    if (at >= 0) {
      const lineEnd = source.indexOf('\n', at);
      end = lineEnd < 0 ? source.length : lineEnd;
    }
  } else if (markers.before !== undefined) {
    const at = source.indexOf(markers.before, start + 1);
    if (at >= 0) end = at;
  }
  return source.slice(start, end).trimEnd();
}

/** The real source of a widget's computation, one click away. */
export function CodeView({ source, fileName, from, to, before, numpy }: CodeViewProps) {
  const t = useText(common);
  const [loaded, setLoaded] = useState<{ text: string } | 'loading' | 'failed' | null>(typeof source === 'string' ? { text: source } : null);
  const load = () => {
    if (typeof source === 'string' || (loaded !== null && loaded !== 'failed')) return;
    setLoaded('loading');
    source().then((module) => setLoaded({ text: module.default }), () => setLoaded('failed'));
  };
  const typescript = (
    <>
      {loaded === 'loading' && <p role="status">{t.loading}</p>}
      {loaded === 'failed' && <p role="alert">{t.codeUnavailable} <button type="button" onClick={load}>{t.retry}</button></p>}
      {loaded !== null && typeof loaded === 'object' && (
        <pre tabIndex={0} aria-label={fileName}>
          <code>{excerpt(loaded.text, { from, to, before })}</code>
        </pre>
      )}
    </>
  );
  return (
    <details className="code-view" onToggle={(e) => { if (e.currentTarget.open) load(); }}>
      <summary>
        {t.showCode} <code>{fileName}</code>
      </summary>
      {numpy === undefined ? typescript : <CodeTabs typescript={typescript} numpy={numpy} />}
    </details>
  );
}
