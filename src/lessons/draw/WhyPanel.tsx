import { useMemo, useState, memo } from 'react';
import { classMeans, misreadHints, type MisreadHint } from '../../lib/digits/misread';
import { MNIST_STROKE_WIDTH, strokeWidth } from '../../lib/digits/stroke-width';
import { localeOf, useLanguage, type Lang } from '../../i18n/language';
import { fmt, useText } from '../../i18n/use-text';
import { useMnist } from '../../state/mnist';
import type { DigitInput } from './digit-input';
import { decimal, percent, ranking } from './format';
import { GrayImageView } from './GrayImageView';
import { PAD_SIZE } from './pad-canvas';
import { misreadText } from './text-misread';

interface WhyPanelProps {
  input: Exclude<DigitInput, { kind: 'blank' }>;
  probabilities: Float64Array;
}

/** "Why was it read this way?": top three, the input beside the mean MNIST digits of the first two, hints. */
export const WhyPanel = memo(function WhyPanel({ input, probabilities }: WhyPanelProps) {
  const t = useText(misreadText);
  const [open, setOpen] = useState(false);
  return (
    <details className="why-panel" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t.whyTitle}</summary>
      {open && <Why input={input} probabilities={probabilities} />}
    </details>
  );
});

function Why({ input, probabilities }: WhyPanelProps) {
  const t = useText(misreadText);
  const lang = useLanguage((s) => s.lang);
  const top = ranking(probabilities).slice(0, 3);
  const hints = useMemo(() => {
    const width = strokeWidth(input.final);
    if (input.kind === 'strokes') return misreadHints({ box: input.box, pad: PAD_SIZE, strokeWidth: width, taps: input.taps });
    return misreadHints({ box: { left: PAD_SIZE / 4, top: PAD_SIZE / 4, width: PAD_SIZE / 2, height: PAD_SIZE / 2 }, pad: PAD_SIZE, strokeWidth: width });
  }, [input]);
  return (
    <div className="why-body">
      <h4>{t.topThree}</h4>
      <ol className="why-top">
        {top.map((digit) => <li key={digit}>{fmt(t.topItem, { digit, p: percent(probabilities[digit], lang) })}</li>)}
      </ol>
      <h4>{t.compareTitle}</h4>
      <MeanDigits input={input} first={top[0]} second={top[1]} />
      <h4>{t.hintsTitle}</h4>
      <ul className="why-hints">
        {hints.length === 0 ? <li>{t.hintNone}</li> : hints.map((h) => <li key={h.hint}>{hintText(h, t, lang)}</li>)}
      </ul>
    </div>
  );
}

function hintText(h: MisreadHint, t: Record<keyof typeof misreadText.en, string>, lang: Lang): string {
  const range = { low: decimal(MNIST_STROKE_WIDTH.low, lang, 2), high: decimal(MNIST_STROKE_WIDTH.high, lang, 2) };
  switch (h.hint) {
    case 'small': return fmt(t.hintSmall, { share: percent(h.share, lang) });
    case 'edge': return t.hintEdge;
    case 'off-centre': return t.hintOffCentre;
    case 'thick': return fmt(t.hintThick, { width: decimal(h.width, lang, 2), ...range });
    case 'thin': return fmt(t.hintThin, { width: decimal(h.width, lang, 2), ...range });
    case 'taps': return fmt(t.hintTaps, { count: h.count.toLocaleString(localeOf(lang)) });
  }
}

function MeanDigits({ input, first, second }: { input: WhyPanelProps['input']; first: number; second: number }) {
  const t = useText(misreadText);
  const test = useMnist((s) => s.dataset?.test ?? null);
  const status = useMnist((s) => s.status);
  const load = useMnist((s) => s.load);
  const means = useMemo(() => (test ? classMeans(test) : null), [test]);
  return (
    <>
      <div className="why-means">
        <figure>
          <GrayImageView image={input.final} size={84} label={t.yourInput} />
          <figcaption>{t.yourInput}</figcaption>
        </figure>
        {means && [first, second].map((digit) => (
          <figure key={digit}>
            <GrayImageView image={means[digit]} size={84} label={fmt(t.meanLabel, { digit })} />
            <figcaption>{fmt(t.meanOf, { digit })}</figcaption>
          </figure>
        ))}
      </div>
      {!means && status === 'loading' && <p role="status">{t.meansLoading}</p>}
      {!means && status === 'error' && <p className="notice notice-warning">{t.meansFailed}</p>}
      {!means && status !== 'loading' && <button type="button" onClick={() => void load().catch(() => undefined)}>{t.meansLoad}</button>}
      {means && <p className="model-hint">{t.compareBody}</p>}
    </>
  );
}
