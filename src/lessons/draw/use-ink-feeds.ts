import { startTransition, useCallback, useState } from 'react';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { PadInk } from './DrawingPad';

export interface LiveInk {
  ink: PadInk | null;
}

export interface InkFeeds {
  /** Every report, for the answer beside the pad: it reads the store without re-rendering the lesson. */
  live: StoreApi<LiveInk>;
  /** The latest report at rest (pen lifted, undone, cleared, an image shown): for the panels that explain the answer and for screen readers. */
  settled: PadInk | null;
  push: (ink: PadInk) => void;
}

/**
 * The pad's reports at two paces. The answer follows every frame of a stroke; the explaining panels
 * (preprocessing steps, why, hidden units) follow when the pen lifts. On a slow phone, redrawing them
 * even a few times a second while drawing held up the pen's next frames.
 */
export function useInkFeeds(): InkFeeds {
  const [live] = useState(() => createStore<LiveInk>(() => ({ ink: null })));
  const [settled, setSettled] = useState<PadInk | null>(null);

  const push = useCallback((ink: PadInk) => {
    live.setState({ ink });
    // The panels' render may take several frames: as a transition it yields to the next stroke's pen.
    if (ink.settled) startTransition(() => setSettled(ink));
  }, [live]);

  return { live, settled, push };
}
