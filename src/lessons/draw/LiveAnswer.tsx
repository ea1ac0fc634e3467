import { useStore, type StoreApi } from 'zustand';
import type { TrainedModel } from '../../state/trained-model';
import { AnswerView } from './AnswerView';
import { digitInput } from './digit-input';
import { PredictionPanel, type PredictionKind } from './PredictionPanel';
import type { LiveInk } from './use-ink-feeds';

interface LiveAnswerProps {
  feed: StoreApi<LiveInk>;
  /** The network to ask, or null when there is none that reads 28 × 28 digits. */
  model: TrainedModel | null;
  announcement: string;
}

/**
 * The network's answer to the pad as it is this frame. React renders only when the kind of answer
 * changes (an empty pad, no network, a prediction); the numbers of each frame go straight into the
 * answer's nodes (AnswerView).
 */
export function LiveAnswer({ feed, model, announcement }: LiveAnswerProps) {
  const kind = useStore(feed, (s): PredictionKind => (digitInput(s.ink).kind === 'blank' ? 'blank' : model ? 'prediction' : 'no-model'));
  return (
    <PredictionPanel kind={kind} announcement={announcement}>
      {model && <AnswerView feed={feed} model={model} />}
    </PredictionPanel>
  );
}
