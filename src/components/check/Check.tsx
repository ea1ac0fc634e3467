import { useId, useRef, useState, type FormEvent } from 'react';
import { fmt, useText } from '../../i18n/use-text';
import type { LessonSlug } from '../../state/lesson-slugs';
import { checkKey } from '../../state/lesson-checks';
import { useProgress } from '../../state/progress';
import { isCorrect, looksLikeDecimalComma, misconceptionKey, parseTypedNumber, withoutUnit, type CheckSpec } from './spec';
import { reveal, showTargetOf } from './reveal';
import { checkText } from './text';
import './check.css';

interface CheckProps {
  slug: LessonSlug;
  spec: CheckSpec;
  /** The lesson's check strings: `<id>.question`, `<id>.option.<o>`, `<id>.explain`, `<id>.show`, `<id>.unit`. */
  text: Record<string, string>;
  /** Sets the lesson's widget to show what the answer says. */
  onShow: () => void;
  /** The id of the element that `onShow` changes, brought into view after it; else the first widget after the question. */
  showTarget?: string;
}

/**
 * Asks before the lesson tells. Until the student commits, the page holds no trace of the answer
 * or of its explanation (nothing hidden, nothing for a screen reader to find); after it, both appear
 * in a live region, with a button that sets the widget to demonstrate them and brings it into view.
 * A wrong answer that a known misconception leads to gets a word on that misconception first.
 * The committed answer is kept with the lesson's progress.
 */
export function Check({ slug, spec, text, onShow, showTarget }: CheckProps) {
  const t = useText(checkText);
  const id = useId();
  const stored = useProgress((s) => s.answers[checkKey(slug, spec.id)]);
  const answer = useProgress((s) => s.answer);
  const [draft, setDraft] = useState('');
  const [retrying, setRetrying] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const feedback = useRef<HTMLDivElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const committed = retrying ? undefined : stored;
  // Judged now rather than read back, so an answer kept from before a check's accepted range changed is judged by the current one.
  const correct = committed !== undefined && isCorrect(spec, committed.value);

  const commit = (event: FormEvent) => {
    event.preventDefault();
    const value = spec.kind === 'number' ? withoutUnit(draft, text[`${spec.id}.unit`]) : draft.trim();
    if (spec.kind === 'choice' ? !spec.options.includes(value) : parseTypedNumber(value) === null) {
      setProblem(spec.kind === 'choice' ? t.pickFirst : looksLikeDecimalComma(value) ? fmt(t.decimalComma, { fixed: value.replace(',', '.') }) : t.typeFirst);
      return;
    }
    setProblem(null);
    answer(slug, spec.id, value, isCorrect(spec, value));
    setRetrying(false);
    requestAnimationFrame(() => feedback.current?.focus());
  };

  const show = () => {
    onShow();
    // After the change has rendered, so a panel it opens is there and measured.
    requestAnimationFrame(() => {
      const target = form.current && showTargetOf(form.current, showTarget);
      if (target) reveal(target);
    });
  };

  const unit = text[`${spec.id}.unit`];
  const verdict = spec.kind === 'choice'
    ? (correct ? t.right : fmt(t.wrongChoice, { answer: text[`${spec.id}.option.${spec.answer}`] }))
    : correct
      ? (spec.exact === undefined ? t.right : fmt(t.rightExact, { exact: `${spec.exact}${unit}` }))
      : fmt(t.wrong, { answer: `${spec.exact ?? spec.shown ?? String(spec.answer)}${unit}` });
  const chosen = committed?.value ?? draft;
  const slip = committed ? misconceptionKey(spec, committed.value) : null;

  return (
    <form ref={form} className="check" aria-labelledby={`${id}-q`} onSubmit={commit} noValidate>
      <p className="check-kicker">{t.kicker}</p>
      <p className="check-question" id={`${id}-q`}>{text[`${spec.id}.question`]}</p>
      {spec.kind === 'choice' ? (
        <fieldset className="check-options" disabled={committed !== undefined} aria-describedby={problem ? `${id}-problem` : undefined}>
          <legend className="visually-hidden">{t.yourAnswer}</legend>
          {spec.options.map((option) => (
            <label key={option} className={committed && option === spec.answer ? 'check-option check-correct' : 'check-option'}>
              <input type="radio" name={`${id}-choice`} value={option} checked={chosen === option} onChange={() => { setDraft(option); setProblem(null); }} />
              <span>{text[`${spec.id}.option.${option}`]}</span>
              {committed && option === spec.answer && <span className="check-mark"> ✓ {t.correctMark}</span>}
              {committed && option === committed.value && option !== spec.answer && <span className="check-mark"> · {t.chosenMark}</span>}
            </label>
          ))}
        </fieldset>
      ) : (
        <div className="check-number">
          <label htmlFor={`${id}-value`}>{t.yourAnswer}</label>
          <input id={`${id}-value`} type="text" inputMode="decimal" autoComplete="off" value={chosen} readOnly={committed !== undefined}
            aria-invalid={problem ? true : undefined} aria-describedby={problem ? `${id}-problem` : undefined}
            onChange={(e) => { setDraft(e.target.value); setProblem(null); }} />
          <span>{unit}</span>
        </div>
      )}
      {problem && <p className="field-error" id={`${id}-problem`} role="alert">{problem}</p>}
      {!committed && <button type="submit" className="primary">{t.commit}</button>}
      <div className="check-feedback" ref={feedback} tabIndex={-1} aria-live="polite">
        {committed && (
          <>
            <p className={correct ? 'check-verdict check-right' : 'check-verdict check-wrong'}>
              <strong>{verdict}</strong>
            </p>
            {slip && text[slip] && <p className="check-slip">{text[slip]}</p>}
            <p>{text[`${spec.id}.explain`]}</p>
            <div className="widget-row">
              <button type="button" className="primary" onClick={show}>{fmt(t.showMe, { what: text[`${spec.id}.show`] })}</button>
              <button type="button" onClick={() => { setRetrying(true); setDraft(''); }}>{t.again}</button>
            </div>
          </>
        )}
      </div>
    </form>
  );
}
