import { useEffect } from 'react';

/** Where a history entry keeps its page's scroll position (history.state[SCROLL_KEY]). */
const SCROLL_KEY = 'scrollY';
/** A scroll is remembered once it has rested this long; writing history on every scroll event is throttled by browsers. */
const SAVE_AFTER_MS = 150;
/** How long a restore waits for a lazily loaded page to grow tall enough. */
const RESTORE_FRAMES = 60;

/** The scroll position the current history entry remembers, if it has been scrolled before. */
export function rememberedScroll(): number | null {
  const state: unknown = history.state;
  if (typeof state !== 'object' || state === null) return null;
  const y = (state as Record<string, unknown>)[SCROLL_KEY];
  return typeof y === 'number' && Number.isFinite(y) && y >= 0 ? y : null;
}

/**
 * Scrolls to `y` once the page is tall enough for it (a lesson's chunk may still be loading), giving up
 * after about a second; a scroll by the reader in the meantime wins.
 */
export function restoreScroll(y: number): void {
  let frames = 0;
  let reached: number | null = null;
  const step = () => {
    if (reached !== null && Math.abs(window.scrollY - reached) > 1) return;
    window.scrollTo({ top: y, behavior: 'instant' });
    reached = window.scrollY;
    if (Math.abs(reached - y) > 1 && ++frames < RESTORE_FRAMES) requestAnimationFrame(step);
  };
  step();
}

/**
 * Each history entry remembers how far its page was scrolled, so Back and Forward (from the glossary,
 * say) return to the same place in a long lesson instead of its top.
 */
export function useScrollMemory(): void {
  useEffect(() => {
    let timer = 0;
    const save = () => history.replaceState({ ...(history.state as object | null), [SCROLL_KEY]: window.scrollY }, '');
    const onScroll = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(save, SAVE_AFTER_MS);
    };
    // A save still waiting when the address changes belongs to the page just left, not to the new entry.
    const onNavigate = () => window.clearTimeout(timer);
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('hashchange', onNavigate);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('hashchange', onNavigate);
    };
  }, []);
}
