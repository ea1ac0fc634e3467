import { useEffect } from 'react';
import { create } from 'zustand';
import { withStep } from '../state/presenter';
import { useRoute } from '../state/route';

/**
 * What presenter mode's steps are on the open page: how many, and the heading each one reveals. The
 * page's step reveal writes it; the speaker-notes window reads it, so the presenter sees what comes next.
 */
interface StepOutline {
  count: number;
  titles: readonly string[];
}

export const useStepOutline = create<StepOutline>()(() => ({ count: 0, titles: [] }));

/** Publishes the page's steps, leaving the store alone when nothing changed. */
export function publishOutline(titles: readonly string[]): void {
  const current = useStepOutline.getState();
  if (current.count === titles.length && current.titles.every((title, k) => title === titles[k])) return;
  useStepOutline.setState({ count: titles.length, titles });
}

/** Shows `target` steps of the page, kept within the steps it has; the step lives in the link. */
export function goToStep(target: number): void {
  const { count } = useStepOutline.getState();
  const step = Math.min(Math.max(target, 1), Math.max(count, 1));
  const { search, replaceSearch } = useRoute.getState();
  replaceSearch(withStep(search, step));
}

const NEXT_KEYS = new Set(['ArrowRight', 'PageDown', ' ']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'PageUp']);

/** Which way a clicker's key turns the steps: +1, −1, or 0 for a key that is not a clicker's. */
export function stepDirection(event: KeyboardEvent): 1 | -1 | 0 {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return 0;
  if (NEXT_KEYS.has(event.key)) return 1;
  if (PREVIOUS_KEYS.has(event.key)) return -1;
  return 0;
}

/**
 * Keys typed into a control belong to it: a field's or a slider's arrows and spaces (a plot's
 * draggable point is an SVG element with the slider role); a button's or a link's Space and Enter
 * (a clicker's PageDown still turns the page there). Elements are tested by shape, not by class,
 * because the notes window's elements come from another window's DOM.
 */
export function ownsKey(target: EventTarget | null, key: string): boolean {
  const element = target as (Element & { isContentEditable?: boolean }) | null;
  if (!element || typeof element.closest !== 'function') return false;
  // A modal dialog (the share dialog) covers the lesson: what is pressed there is not for the steps behind it.
  if (element.closest('dialog') !== null) return true;
  // A one-line field has no use for the page keys a clicker sends, and the focus stays in a field after a
  // value is typed: the next click must still turn the step. A range slider keeps them (its big steps).
  if ((key === 'PageDown' || key === 'PageUp') && element.matches('input:not([type="range"])')) return false;
  if (element.isContentEditable === true || element.closest('input, select, textarea, canvas, [role="slider"], [role="tablist"], [role="radiogroup"], [role="application"]') !== null) return true;
  return key === ' ' && element.closest('button, summary, a') !== null;
}

/** Turns the steps, from `step`, with the clicker keys pressed in `target`: the lesson's window or the notes window. */
export function useClickerKeys(target: Window | null, step: number): void {
  useEffect(() => {
    if (!target) return;
    const onKey = (event: KeyboardEvent) => {
      const direction = stepDirection(event);
      if (direction === 0 || ownsKey(event.target, event.key)) return;
      goToStep(step + direction);
      event.preventDefault();
    };
    target.addEventListener('keydown', onKey);
    return () => target.removeEventListener('keydown', onKey);
  }, [target, step]);
}
