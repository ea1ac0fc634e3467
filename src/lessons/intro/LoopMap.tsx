import { useRef } from 'react';
import { Formula } from '../../components/Formula';
import { P } from '../../components/RichText';
import { common } from '../../i18n/text';
import { fmt, useText } from '../../i18n/use-text';
import { LESSON_SLUGS } from '../../state/lesson-slugs';
import './intro.css';
import { LOOP, type StepId } from './steps';
import { introText } from './text';

/** The opened step's explanation, which a check's "show me" brings into view. */
export const LOOP_DETAIL_ID = 'loop-detail';

interface LoopMapProps {
  selected: StepId;
  onSelect: (step: StepId) => void;
}

/** The learning loop as a cycle of four cards; each opens its explanation and links to its lesson. */
export function LoopMap({ selected, onSelect }: LoopMapProps) {
  const text = useText(introText);
  const shared = useText(common);
  const current = LOOP.find((s) => s.id === selected) ?? LOOP[0];
  const lessonNumber = LESSON_SLUGS.indexOf(current.lesson);
  const detail = useRef<HTMLElement>(null);

  // The explanation sits below all four cards, out of sight on a phone; scroll only as far as needed
  // to show it, and leave focus on the card so the keyboard carries on through the map.
  const open = (step: StepId) => {
    onSelect(step);
    requestAnimationFrame(() => {
      const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      detail.current?.scrollIntoView({ block: 'nearest', behavior: reduced ? 'auto' : 'smooth' });
    });
  };
  return (
    <div className="widget">
      <ol className="loop-map" aria-label={text.loopLabel}>
        {LOOP.map((step, i) => {
          const title = text[`${step.id}.title`];
          return (
            <li key={step.id} className={step.id === selected ? 'loop-step selected' : 'loop-step'}>
              <button type="button" aria-pressed={step.id === selected} aria-label={fmt(text.openStep, { n: i + 1, title })} onClick={() => open(step.id)}>
                <span className="loop-number">{fmt(text.stepNumber, { n: i + 1 })}</span>
                <span className="loop-title">{title}</span>
                <span className="loop-short">{text[`${step.id}.short`]}</span>
              </button>
              <a href={`#/${step.lesson}`}>{shared[`lesson.${step.lesson}`]}</a>
            </li>
          );
        })}
      </ol>
      <p className="loop-return" aria-hidden="true">↺ {text.backToStart}</p>
      <section ref={detail} className="loop-detail" id={LOOP_DETAIL_ID} aria-live="polite" aria-labelledby={`${LOOP_DETAIL_ID}-title`}>
        <h3 id={`${LOOP_DETAIL_ID}-title`}>{fmt(text.stepNumber, { n: LOOP.indexOf(current) + 1 })} · {text[`${current.id}.title`]}</h3>
        <Formula tex={current.tex} display />
        <P text={text[`${current.id}.long`]} />
        <a href={`#/${current.lesson}`}>{fmt(text.toLesson, { n: lessonNumber, title: shared[`lesson.${current.lesson}`] })}</a>
      </section>
    </div>
  );
}
