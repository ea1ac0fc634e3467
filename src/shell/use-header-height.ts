import { useEffect, type RefObject } from 'react';

/**
 * Keeps `--header-height` on the root element equal to the sticky header's height, which changes
 * with the width, the language and presenter mode; the page's scroll padding reads it so that
 * whatever is scrolled to the top is not hidden under the header.
 */
export function useHeaderHeight(header: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = header.current;
    if (!element) return;
    const root = document.documentElement;
    const measure = () => root.style.setProperty('--header-height', `${Math.ceil(element.getBoundingClientRect().height)}px`);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [header]);
}
