import { useEffect, useRef, useState, type ReactNode } from 'react';
import { fmt, useText } from '../i18n/use-text';
import { stepOf, usePresenter, withStep } from '../state/presenter';
import { useRoute } from '../state/route';
import { classroomText } from './text-classroom';

const NEXT_KEYS = new Set(['ArrowRight', 'PageDown', ' ']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'PageUp']);

/**
 * Keys typed into a control belong to it: a field's or a slider's arrows and spaces; a button's or
 * a link's Space and Enter (a clicker's PageDown still turns the page there).
 */
function ownsKey(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.closest('input, select, textarea, canvas, [role="slider"], [role="tablist"], [role="radiogroup"], [role="application"]') !== null) return true;
  return key === ' ' && target.closest('button, summary, a') !== null;
}

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

/**
 * Presenter mode shows a lesson one top-level section at a time: → / PageDown / Space reveal the
 * next, ← / PageUp hide the last; the step is in the link. It reads the page's structure, not its
 * content, so any lesson page works as it is.
 */
export function StepReveal({ children }: { children: ReactNode }) {
  const t = useText(classroomText);
  const [presenting] = usePresenter();
  const search = useRoute((s) => s.search);
  const container = useRef<HTMLDivElement>(null);
  const [count, setCount] = useState(0);
  const revealing = useRef(false);
  const step = Math.min(stepOf(search), Math.max(count, 1));

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const apply = () => {
      const steps = stepsOf(element);
      setCount(steps.length);
      if (presenting) steps.forEach((el, k) => el.toggleAttribute('data-step-hidden', k >= step));
      if (revealing.current) steps[step - 1]?.scrollIntoView({ block: 'start' });
      revealing.current = false;
    };
    apply();
    // Lazily loaded pages and widgets add sections after the first render.
    const observer = new MutationObserver(apply);
    observer.observe(element, { childList: true });
    return () => observer.disconnect();
  }, [presenting, step]);

  const go = (next: number) => {
    const target = Math.min(Math.max(next, 1), Math.max(count, 1));
    const { search: current, replaceSearch } = useRoute.getState();
    revealing.current = target > step;
    replaceSearch(withStep(current, target));
  };

  useEffect(() => {
    if (!presenting) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || ownsKey(event.target, event.key)) return;
      if (NEXT_KEYS.has(event.key)) go(step + 1);
      else if (PREVIOUS_KEYS.has(event.key)) go(step - 1);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  return (
    <>
      {presenting && count > 1 && (
        <nav className="step-bar" aria-label={t.steps}>
          <button type="button" onClick={() => go(step - 1)} disabled={step <= 1}>← {t.previousStep}</button>
          <span role="status" data-testid="presenter-step">{fmt(t.stepOf, { step, count })}</span>
          <button type="button" onClick={() => go(step + 1)} disabled={step >= count}>{t.nextStep} →</button>
          <span className="step-keys">{t.stepKeys}</span>
        </nav>
      )}
      <div ref={container} className="lesson-content">{children}</div>
    </>
  );
}
