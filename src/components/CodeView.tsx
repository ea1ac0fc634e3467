import { common } from '../i18n/text';
import { useText } from '../i18n/use-text';

interface CodeViewProps {
  /** Module source, imported with Vite's `?raw` so it can never drift from the code that runs. */
  source: string;
  /** File name shown in the summary, e.g. "src/lib/losses.ts". */
  fileName: string;
  /** Show from the line containing this text… */
  from?: string;
  /** …up to and including the line containing this text… */
  to?: string;
  /** …or up to (not including) this text, which may span lines. */
  before?: string;
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
export function CodeView({ source, fileName, from, to, before }: CodeViewProps) {
  const t = useText(common);
  return (
    <details className="code-view">
      <summary>
        {t.showCode} <code>{fileName}</code>
      </summary>
      <pre tabIndex={0} aria-label={fileName}>
        <code>{excerpt(source, { from, to, before })}</code>
      </pre>
    </details>
  );
}
