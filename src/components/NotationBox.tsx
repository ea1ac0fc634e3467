import { Formula } from './Formula';
import { common } from '../i18n/text';
import { useText } from '../i18n/use-text';

export interface NotationRow {
  /** The symbol as the lesson's formulas write it, in TeX. */
  tex: string;
  meaning: string;
  /** What the notes' code calls it, or '—'. */
  code: string;
}

/** A small table that maps a lesson's symbols to their meaning and to the names in the notes' code. */
export function NotationBox({ rows, note }: { rows: readonly NotationRow[]; note?: string }) {
  const t = useText(common);
  return (
    <aside className="notation" aria-label={t.notationTitle}>
      <table className="data">
        <caption>{t.notationTitle}</caption>
        <thead>
          <tr><th scope="col">{t.notationSymbol}</th><th scope="col">{t.notationMeaning}</th><th scope="col">{t.notationCode}</th></tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.tex}>
              {/* The meaning heads the row: a typeset symbol has no text a screen reader's table navigation can announce. */}
              <td className="notation-symbol"><Formula tex={row.tex} /></td>
              <th scope="row">{row.meaning}</th>
              <td><code>{row.code}</code></td>
            </tr>
          ))}
        </tbody>
      </table>
      {note && <p className="notation-note">{note}</p>}
    </aside>
  );
}
