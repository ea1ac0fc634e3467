import { useEffect, useRef, type ReactNode } from 'react';
import { useLanguage } from '../i18n/language';
import { fmt, useText } from '../i18n/use-text';
import { stepOf, usePresenter } from '../state/presenter';
import { useRoute } from '../state/route';
import { goToStep, publishOutline, useClickerKeys, useStepOutline } from './step-outline';
import { classroomText } from './text-classroom';

/** The page's top-level blocks but its notices, which are always shown. */
function blocksOf(container: HTMLElement): HTMLElement[] {
  return Array.from(container.children).filter((el): el is HTMLElement => el instanceof HTMLElement && !el.classList.contains('notice'));
}

/**
 * The blocks that are steps: those presenter mode shows at all (its style folds away loose prose),
 * so that no step reveals nothing.
 */
function stepsOf(container: HTMLElement): HTMLElement[] {
  const blocks = blocksOf(container);
  blocks.forEach((el) => el.removeAttribute('data-step-hidden'));
  return blocks.filter((el) => getComputedStyle(el).display !== 'none');
}

/** What a step reveals, in a word: its heading, as the room reads it. */
function titleOf(block: HTMLElement): string {
  return block.querySelector('h2, h3')?.textContent?.trim() ?? '';
}

/**
 * Presenter mode shows a lesson one top-level section at a time: → / PageDown / Space reveal the
 * next, ← / PageUp hide the last; the step is in the link. It reads the page's structure, not its
 * content, so any lesson page works as it is.
 */
export function StepReveal({ children }: { children: ReactNode }) {
  const t = useText(classroomText);
  const lang = useLanguage((s) => s.lang);
  const [presenting] = usePresenter();
  const search = useRoute((s) => s.search);
  const container = useRef<HTMLDivElement>(null);
  const count = useStepOutline((s) => s.count);
  const shown = useRef<number | null>(null);
  const requested = stepOf(search);
  const step = Math.min(requested, Math.max(count, 1));

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    // Only a step turned forward scrolls the page (from either window); a link opening at its step does not.
    let revealing = presenting && shown.current !== null && requested > shown.current;
    shown.current = presenting ? requested : null;
    const apply = () => {
      const steps = stepsOf(element);
      publishOutline(steps.map(titleOf));
      if (presenting) steps.forEach((el, k) => el.toggleAttribute('data-step-hidden', k >= step));
      if (revealing) steps[step - 1]?.scrollIntoView({ block: 'start' });
      revealing = false;
    };
    apply();
    // Lazily loaded pages and widgets add sections after the first render.
    const observer = new MutationObserver(apply);
    observer.observe(element, { childList: true });
    return () => observer.disconnect();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `requested` moves with `step`, or past the last step where nothing changes
  }, [presenting, step, lang]);

  // The next page starts with no steps until it has measured its own.
  useEffect(() => () => publishOutline([]), []);

  useClickerKeys(presenting ? window : null, step);

  return (
    <>
      {presenting && count > 1 && (
        <nav className="step-bar" aria-label={t.steps}>
          <button type="button" onClick={() => goToStep(step - 1)} disabled={step <= 1}>← {t.previousStep}</button>
          <span role="status" data-testid="presenter-step">{fmt(t.stepOf, { step, count })}</span>
          <button type="button" onClick={() => goToStep(step + 1)} disabled={step >= count}>{t.nextStep} →</button>
          <span className="step-keys">{t.stepKeys}</span>
        </nav>
      )}
      <div ref={container} className="lesson-content">{children}</div>
    </>
  );
}
