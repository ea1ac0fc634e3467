import type { SetEvaluation } from '../../lib/digits/evaluate-set';
import type { Lang } from '../../i18n/language';
import { fmt, useText } from '../../i18n/use-text';
import { percent } from './format';
import { digitSetText } from './text-digits';

const DIGITS = Array.from({ length: 10 }, (_, k) => k);

/** Overall accuracy in a sentence; per-class accuracy and the confusion matrix in a table. */
export function DigitSetAccuracy({ evaluation, lang }: { evaluation: SetEvaluation; lang: Lang }) {
  const t = useText(digitSetText);
  const { accuracy, correct, guesses, perClass, confusion } = evaluation;
  return (
    <>
      <p data-testid="my-digits-accuracy">{fmt(t.setAccuracy, { correct, count: guesses.length, accuracy: percent(accuracy ?? 0, lang) })}</p>
      <details className="confusion-drawer">
        <summary>{t.perClassCaption}</summary>
        <table className="confusion-matrix">
          <caption className="visually-hidden">{t.perClassCaption}</caption>
          <thead>
            <tr><th scope="col">{t.perClassHeader}</th>{DIGITS.map((d) => <th key={d} scope="col">{d}</th>)}<th scope="col">{t.perClassAccuracy}</th></tr>
          </thead>
          <tbody>
            {DIGITS.map((label) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                {DIGITS.map((guess) => (
                  <td key={guess} className={confusion[label][guess] === 0 ? 'is-zero' : guess === label ? 'is-right' : 'is-wrong'}>{confusion[label][guess]}</td>
                ))}
                <td>{perClass[label].count === 0 ? '–' : percent(perClass[label].correct / perClass[label].count, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </>
  );
}
