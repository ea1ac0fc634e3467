import { MNIST_INK_RANGE } from '../../lib/digits/ink-range';
import { useLanguage } from '../../i18n/language';
import { fmt, useText } from '../../i18n/use-text';
import { LOW_CONFIDENCE, percent, ranking } from './format';
import { ProbabilityChart } from './ProbabilityChart';
import { drawWidgetText } from './text-widgets';

/** What there is to show: nothing drawn, no network to ask, or the network's answer. */
export type PredictionState =
  | { kind: 'blank' }
  | { kind: 'no-model' }
  | { kind: 'prediction'; probabilities: Float64Array; coverage: number };

interface PredictionPanelProps {
  state: PredictionState;
  /** The same answer in words, updated when the pad comes to rest, for screen readers. */
  announcement: string;
}

/** The top class large, how sure the network is, and the full distribution as bars. */
export function PredictionPanel({ state, announcement }: PredictionPanelProps) {
  const t = useText(drawWidgetText);
  const lang = useLanguage((s) => s.lang);
  return (
    <section className="prediction-panel" aria-labelledby="draw-prediction-title">
      <h3 id="draw-prediction-title">{t.predictionLabel}</h3>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="prediction-announcement">{announcement}</p>
      {state.kind === 'blank' && (
        <div className="prediction-empty">
          <p className="prediction-prompt">{t.drawADigit}</p>
          <p>{t.drawADigitBody}</p>
        </div>
      )}
      {state.kind === 'no-model' && <p className="notice">{t.noModel}</p>}
      {state.kind === 'prediction' && <Answer probabilities={state.probabilities} coverage={state.coverage} lang={lang} />}
    </section>
  );
}

function Answer({ probabilities, coverage, lang }: { probabilities: Float64Array; coverage: number; lang: 'ko' | 'en' }) {
  const t = useText(drawWidgetText);
  const [top, second] = ranking(probabilities);
  const unsure = probabilities[top] < LOW_CONFIDENCE;
  const unusual = coverage < MNIST_INK_RANGE.min || coverage > MNIST_INK_RANGE.max;
  const low = unsure || unusual;
  return (
    <>
      <div className="prediction-top">
        <output className={`prediction-digit${low ? ' is-unsure' : ''}`} aria-label={t.topClass} data-testid="predicted-digit">
          {top}
        </output>
        <div>
          <p className="prediction-probability">{fmt(t.probabilityOf, { p: percent(probabilities[top], lang) })}</p>
          <p className="prediction-second">{fmt(t.secondChoice, { digit: second, p: percent(probabilities[second], lang) })}</p>
        </div>
      </div>
      {unsure && <p className="notice notice-warning">{fmt(t.lowConfidence, { p: percent(probabilities[top], lang) })}</p>}
      {unusual && (
        <p className="notice notice-warning">
          {fmt(t.unusualInk, { coverage: percent(coverage, lang), min: percent(MNIST_INK_RANGE.min, lang), max: percent(MNIST_INK_RANGE.max, lang) })}
        </p>
      )}
      <ProbabilityChart probabilities={probabilities} top={top} />
    </>
  );
}
