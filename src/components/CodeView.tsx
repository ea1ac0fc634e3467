import { common } from '../i18n/common';
import { useText } from '../i18n/text';

interface CodeViewProps {
  /** Module source, imported with Vite's `?raw` so it can never drift from the code that runs. */
  source: string;
  /** File name shown in the summary, e.g. "src/lib/losses.ts". */
  fileName: string;
  /** Optional: show only the lines between markers containing these substrings. */
  from?: string;
  to?: string;
}

/** Slices the lines from the first line containing `from` up to and including the line containing `to`. */
export function excerpt(source: string, from?: string, to?: string): string {
  const lines = source.split('\n');
  const start = from ? Math.max(0, lines.findIndex((l) => l.includes(from))) : 0;
  const endIndex = to ? lines.findIndex((l, i) => i >= start && l.includes(to)) : -1;
  return lines.slice(start, endIndex < 0 ? lines.length : endIndex + 1).join('\n');
}

/** The real source of a widget's computation, one click away. */
export function CodeView({ source, fileName, from, to }: CodeViewProps) {
  const t = useText(common);
  return (
    <details className="code-view">
      <summary>
        {t.showCode} <code>{fileName}</code>
      </summary>
      <pre tabIndex={0} aria-label={fileName}>
        <code>{excerpt(source, from, to)}</code>
      </pre>
    </details>
  );
}
