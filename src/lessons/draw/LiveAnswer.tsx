import { useMemo } from 'react';
import { useStore, type StoreApi } from 'zustand';
import { forwardDigit } from '../../lib/digits/forward';
import { inkCoverage } from '../../lib/digits/ink-range';
import type { TrainedModel } from '../../state/trained-model';
import { digitInput } from './digit-input';
import { PredictionPanel, type PredictionState } from './PredictionPanel';
import type { LiveInk } from './use-ink-feeds';

interface LiveAnswerProps {
  feed: StoreApi<LiveInk>;
  /** The network to ask, or null when there is none that reads 28 × 28 digits. */
  model: TrainedModel | null;
  announcement: string;
}

/** The network's answer to the pad as it is this frame: the one part of the lesson that re-renders while a stroke is drawn. */
export function LiveAnswer({ feed, model, announcement }: LiveAnswerProps) {
  const ink = useStore(feed, (s) => s.ink);
  const input = useMemo(() => digitInput(ink), [ink]);
  const state = useMemo<PredictionState>(() => {
    if (input.kind === 'blank') return { kind: 'blank' };
    if (!model) return { kind: 'no-model' };
    return { kind: 'prediction', probabilities: forwardDigit(model, input.final.data).probabilities, coverage: inkCoverage(input.final) };
  }, [input, model]);
  return <PredictionPanel state={state} announcement={announcement} />;
}
