import type { ReactNode } from 'react';
import { useText } from '../../i18n/use-text';
import { NoModelNotice } from './NoModelNotice';
import { drawWidgetText } from './text-widgets';

/** What there is to show: nothing drawn, no network to ask, or the network's answer. */
export type PredictionKind = 'blank' | 'no-model' | 'prediction';

interface PredictionPanelProps {
  kind: PredictionKind;
  /** The answer in words, updated when the pad comes to rest, for screen readers. */
  announcement: string;
  /** The answer itself, shown for the 'prediction' kind. */
  children?: ReactNode;
}

/** The frame around the network's answer: a prompt on an empty pad, a notice without a network, else the answer. */
export function PredictionPanel({ kind, announcement, children }: PredictionPanelProps) {
  const t = useText(drawWidgetText);
  return (
    <section className="prediction-panel" aria-labelledby="draw-prediction-title">
      <h3 id="draw-prediction-title">{t.predictionLabel}</h3>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="prediction-announcement">{announcement}</p>
      {kind === 'blank' && (
        <div className="prediction-empty">
          <p className="prediction-prompt">{t.drawADigit}</p>
          <p>{t.drawADigitBody}</p>
        </div>
      )}
      {kind === 'no-model' && <NoModelNotice />}
      {kind === 'prediction' && children}
    </section>
  );
}
