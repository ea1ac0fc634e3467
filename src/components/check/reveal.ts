/**
 * Bringing into view what a check's "show me" changed. The page's scroll padding keeps it clear of
 * the sticky header; focus follows, so keyboard and screen-reader users continue from the widget.
 */

/** The element a "show me" changes: the one with the given id, or else the first widget after the question. */
export function showTargetOf(question: HTMLElement, id: string | undefined): HTMLElement | null {
  if (id !== undefined) return document.getElementById(id);
  const widgets = Array.from(document.querySelectorAll<HTMLElement>('.widget'));
  return widgets.find((w) => question.compareDocumentPosition(w) & Node.DOCUMENT_POSITION_FOLLOWING) ?? null;
}

/** Scrolls an element to the top of the view (at once when the user asks for reduced motion) and focuses it. */
export function reveal(element: HTMLElement): void {
  const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  element.scrollIntoView({ block: 'start', behavior: reduced ? 'auto' : 'smooth' });
  if (element.tabIndex < 0 && !element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
  element.focus({ preventScroll: true });
}
