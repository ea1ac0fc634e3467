import { useEffect, useRef, useState, type ReactNode } from 'react';
import { fmt, useText } from '../i18n/use-text';
import { stepOf, usePresenter, withStep } from '../state/presenter';
import { useRoute } from '../state/route';
import { classroomText } from './text-classroom';

const NEXT_KEYS = new Set(['ArrowRight', 'PageDown', ' ']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'PageUp']);

/** Keys typed into a control belong to it: a slider's arrows, a field's space, a button's Space. */
function ownsKeys(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || target.closest('input, select, textarea, button, summary, a, [role="slider"], [contenteditable]') !== null);
}

/** The sections that are steps: every top-level block of the page but its notices (always shown). */
function stepsOf(container: HTMLElement): HTMLElement[] {
  return Array.from(container.children).filter((el): el is HTMLElement => el instanceof HTMLElement && !el.classList.contains('notice'));
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
  const step = Math.min(stepOf(search), Math.max(count, 1));

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const apply = () => {
      const steps = stepsOf(element);
      setCount(steps.length);
      steps.forEach((el, k) => el.toggleAttribute('data-step-hidden', presenting && k >= step));
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
    replaceSearch(withStep(current, target));
    if (target > step) requestAnimationFrame(() => stepsOf(container.current ?? document.body)[target - 1]?.scrollIntoView({ block: 'start' }));
  };

  useEffect(() => {
    if (!presenting) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || ownsKeys(event.target)) return;
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
