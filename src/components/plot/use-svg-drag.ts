import { useRef, useState, type PointerEvent } from 'react';
import { svgPoint } from './plot-frame';

/**
 * Dragging a handle inside an SVG with mouse, pen or touch. While the pointer is down the value
 * lives here (the plot follows it); it is committed once on release, so links are not rewritten
 * dozens of times a second.
 */
export function useSvgDrag<T>(toValue: (sx: number, sy: number) => T, commit: (value: T) => void, onDraft?: (value: T | null) => void) {
  const [draft, setDraftState] = useState<T | null>(null);
  const latest = useRef<T | null>(null);
  const setDraft = (value: T | null) => {
    setDraftState(value);
    onDraft?.(value);
  };

  const valueAt = (e: PointerEvent<SVGElement>): T | null => {
    const svg = e.currentTarget.ownerSVGElement;
    if (!svg) return null;
    const [sx, sy] = svgPoint(svg, e.clientX, e.clientY);
    return toValue(sx, sy);
  };

  const handlers = {
    onPointerDown: (e: PointerEvent<SVGElement>) => {
      e.currentTarget.setPointerCapture(e.pointerId);
      latest.current = valueAt(e);
      setDraft(latest.current);
    },
    onPointerMove: (e: PointerEvent<SVGElement>) => {
      if (!e.currentTarget.hasPointerCapture(e.pointerId)) return;
      latest.current = valueAt(e);
      setDraft(latest.current);
    },
    onPointerUp: (e: PointerEvent<SVGElement>) => {
      if (e.currentTarget.hasPointerCapture(e.pointerId)) e.currentTarget.releasePointerCapture(e.pointerId);
      const value = latest.current;
      latest.current = null;
      setDraft(null);
      if (value !== null) commit(value);
    },
    onPointerCancel: () => {
      latest.current = null;
      setDraft(null);
    },
  };
  return { draft, handlers };
}
