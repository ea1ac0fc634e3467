import { startTransition, useCallback, useEffect, useState } from 'react';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { PadInk } from './DrawingPad';
import { Pacer } from './pacer';

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
  const [pacer] = useState(() => new Pacer<PadInk>(PANELS_EVERY_MS, (ink) => startTransition(() => setPanels(ink))));
  useEffect(() => () => pacer.stop(), [pacer]);

  const push = useCallback((ink: PadInk) => {
    live.setState({ ink });
    if (ink.settled) setSettled(ink);
    pacer.push(ink, ink.settled);
  }, [live, pacer]);

  return { live, panels, settled, push };
}
