import katex from 'katex';
import 'katex/dist/katex.min.css';
import { useMemo } from 'react';
import { common } from '../i18n/text';
import { fmt, useText } from '../i18n/use-text';

interface FormulaProps {
  /** TeX source. */
  tex: string;
  /** Centred on its own line (display style) instead of inline with text. */
  display?: boolean;
  /** Spoken label for screen readers when the MathML reading is not enough. */
  label?: string;
}

type Rendered = { html: string } | { error: string };

/** Renders TeX with KaTeX. `trust` stays off; a bad formula shows an error in place instead of throwing. */
export function renderTex(tex: string, display: boolean): Rendered {
  try {
    return { html: katex.renderToString(tex, { displayMode: display, throwOnError: true, trust: false, strict: 'ignore', output: 'htmlAndMathml' }) };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

export function Formula({ tex, display = false, label }: FormulaProps) {
  const t = useText(common);
  const rendered = useMemo(() => renderTex(tex, display), [tex, display]);
  if ('error' in rendered) {
    return (
      <span className="formula-error" role="alert">
        {fmt(t.formulaError, { message: rendered.error })} <code>{tex}</code>
      </span>
    );
  }
  const Tag = display ? 'div' : 'span';
  return (
    <Tag
      className={display ? 'formula formula-display' : 'formula'}
      aria-label={label}
      // KaTeX escapes the source and, with trust off, emits no links, scripts or styles from it.
      dangerouslySetInnerHTML={{ __html: rendered.html }}
    />
  );
}
