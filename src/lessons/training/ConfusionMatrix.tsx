import { fmt, useText } from '../../i18n/use-text';
import { localeOf, useLanguage } from '../../i18n/language';
import type { RunReport } from '../../protocol/protocol';
import { labels } from './text-labels';

const DIGITS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];

/** Test-set counts of (true digit, predicted digit); the diagonal is right, the rest are the mix-ups. */
export function ConfusionMatrix({ report }: { report: RunReport }) {
  const t = useText(labels);
  const lang = useLanguage((s) => s.lang);
  // The matrix counts every test image it was measured on, so its caption cannot disagree with it.
  const total = report.confusion.reduce((sum, n) => sum + n, 0).toLocaleString(localeOf(lang));
  const offDiagonalMax = Math.max(1, ...report.confusion.filter((_, k) => k % 11 !== 0));
  return (
    <div className="confusion-wrap">
      <table className="data confusion-matrix">
        <caption>{fmt(t.confusionCaption, { test: total })}</caption>
        <thead>
          <tr>
            <th scope="col">{t.confusionCorner}</th>
            {DIGITS.map((d) => <th key={d} scope="col">{d}</th>)}
          </tr>
        </thead>
        <tbody>
          {DIGITS.map((label) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              {DIGITS.map((predicted) => {
                const count = report.confusion[label * 10 + predicted];
                const diagonal = label === predicted;
                const strength = diagonal ? 0 : count / offDiagonalMax;
                return (
                  <td key={predicted} className={diagonal ? 'diagonal' : undefined} style={diagonal ? undefined : { background: `rgba(213, 94, 0, ${(0.6 * strength).toFixed(3)})` }}>
                    {count}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
