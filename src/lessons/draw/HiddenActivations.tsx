import { memo } from 'react';
import { useLanguage } from '../../i18n/language';
import { fmt, useText } from '../../i18n/use-text';
import { decimal } from './format';
import { drawWidgetText } from './text-widgets';

/** One square per hidden unit, darker the larger ReLU(x·W1 + b1) is; units at 0 stay white. */
export const HiddenActivations = memo(function HiddenActivations({ hidden }: { hidden: Float64Array }) {
  const t = useText(drawWidgetText);
  const lang = useLanguage((s) => s.lang);
  const number = (v: number) => decimal(v, lang, 2);
  let best = 0;
  let active = 0;
  for (let j = 0; j < hidden.length; j++) {
    if (hidden[j] > 0) active++;
    if (hidden[j] > hidden[best]) best = j;
  }
  const max = hidden[best];
  const summary = active === 0
    ? t.hiddenNone
    : fmt(t.hiddenSummary, { total: hidden.length, active, best, value: number(max) });
  return (
    <figure className="hidden-activations">
      <figcaption>
        <strong>{t.hiddenTitle}</strong>
        <br />
        {summary}
      </figcaption>
      <div className="hidden-grid" role="img" aria-label={summary}>
        {Array.from(hidden, (v, j) => (
          <span
            key={j}
            className="hidden-cell"
            title={fmt(t.hiddenUnit, { j, value: number(v) })}
            style={{ opacity: max > 0 ? 0.08 + (0.92 * v) / max : 0.08 }}
          />
        ))}
      </div>
    </figure>
  );
});
