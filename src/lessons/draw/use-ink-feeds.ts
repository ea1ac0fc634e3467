import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { PadInk } from './DrawingPad';

/** While a stroke is drawn, the explaining panels follow this often; at rest they catch up at once. */
export const PANELS_EVERY_MS = 200;

export interface LiveInk {
  ink: PadInk | null;
}

export interface InkFeeds {
  /** Every report, for the answer beside the pad: only what subscribes to it re-renders. */
  live: StoreApi<LiveInk>;
  /** A few times a second while drawing, and every report at rest: for the panels that explain the answer. */
  panels: PadInk | null;
  /** The latest report at rest (pen lifted, cleared, an image shown): for screen readers. */
  settled: PadInk | null;
  push: (ink: PadInk) => void;
}

/**
 * The pad's reports at three paces. Re-rendering the whole lesson on every frame of a stroke cost
 * a slow phone most of each frame; this way a frame renders only the answer.
 */
export function useInkFeeds(): InkFeeds {
  const [live] = useState(() => createStore<LiveInk>(() => ({ ink: null })));
  const [panels, setPanels] = useState<PadInk | null>(null);
  const [settled, setSettled] = useState<PadInk | null>(null);
  const latest = useRef<PadInk | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const shownAt = useRef(-Infinity);

  const showPanels = useCallback((ink: PadInk | null) => {
    shownAt.current = performance.now();
    startTransition(() => setPanels(ink));
  }, []);

  const push = useCallback((ink: PadInk) => {
    live.setState({ ink });
    latest.current = ink;
    if (ink.settled) {
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = null;
      setSettled(ink);
      showPanels(ink);
      return;
    }
    if (timer.current !== null) return;
    const wait = Math.max(0, PANELS_EVERY_MS - (performance.now() - shownAt.current));
    timer.current = setTimeout(() => {
      timer.current = null;
      showPanels(latest.current);
    }, wait);
  }, [live, showPanels]);

  useEffect(() => () => { if (timer.current !== null) clearTimeout(timer.current); }, []);
  return { live, panels, settled, push };
}
