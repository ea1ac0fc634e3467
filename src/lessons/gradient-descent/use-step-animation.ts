import { useCallback, useEffect, useRef, useState } from 'react';

/** About how long playing a whole path takes, whatever its number of steps. */
const PLAY_MS = 4000;

export interface StepAnimation {
  /** How many steps of the path are shown (0 = only the start). */
  shown: number;
  playing: boolean;
  play: () => void;
  pause: () => void;
  step: () => void;
  reset: () => void;
}

/**
 * Play / step / reset over a path of `total` steps. A new `runKey` (other settings) shows the
 * whole path again, so a changed run is never half-drawn by accident.
 */
export function useStepAnimation(total: number, runKey: string): StepAnimation {
  const [cursor, setCursor] = useState<{ key: string; at: number } | null>(null);
  const [playing, setPlaying] = useState(false);
  const frame = useRef<number | null>(null);
  const shown = cursor && cursor.key === runKey ? Math.min(cursor.at, total) : total;

  const stop = useCallback(() => {
    if (frame.current !== null) cancelAnimationFrame(frame.current);
    frame.current = null;
    setPlaying(false);
  }, []);

  useEffect(() => stop, [stop, runKey]);

  const play = useCallback(() => {
    stop();
    const from = shown >= total ? 0 : shown;
    const began = performance.now();
    const tick = (now: number) => {
      const at = Math.min(total, from + Math.floor(((now - began) / PLAY_MS) * total) + 1);
      setCursor({ key: runKey, at });
      if (at < total) frame.current = requestAnimationFrame(tick);
      else stop();
    };
    setPlaying(true);
    frame.current = requestAnimationFrame(tick);
  }, [shown, total, runKey, stop]);

  const step = useCallback(() => {
    stop();
    setCursor({ key: runKey, at: shown >= total ? 1 : shown + 1 });
  }, [shown, total, runKey, stop]);

  const reset = useCallback(() => {
    stop();
    setCursor({ key: runKey, at: 0 });
  }, [runKey, stop]);

  return { shown, playing, play, pause: stop, step, reset };
}
