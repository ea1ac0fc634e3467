import { Veil } from '../../components/check/Veil';
import { DigitImage } from '../../components/DigitImage';
import { fmt, useText } from '../../i18n/use-text';
import { imageAt } from '../../lib/mnist/idx';
import type { ImageSet } from '../../lib/mnist/types';
import { ClassHistogram } from './ClassHistogram';
import { minibatchText } from './text';

const DIGITS_SHOWN = 60;

/** The drawn batch: its shapes, its indices, its digits with labels, and its class counts. */
export function BatchView({ train, indices }: { train: ImageSet; indices: Int32Array }) {
  const t = useText(minibatchText);
  const repeated = indices.length - new Set(indices).size;
  const shown = Array.from(indices.subarray(0, DIGITS_SHOWN));
  return (
    <>
      <Veil slug="minibatch" checks={['shape']}>
        <pre className="batch-shapes" aria-label="x_batch.shape, y_batch.shape">
          <code>{`x_batch.shape = (${indices.length}, ${train.rows}, ${train.cols})\ny_batch.shape = (${indices.length},)`}</code>
        </pre>
      </Veil>
      <h3 id="batch-indices-title">{t.indicesTitle}</h3>
      {/* Focusable so that a keyboard can scroll a long list of indices. */}
      <p className="batch-indices value" data-testid="batch-indices" tabIndex={0} role="region" aria-labelledby="batch-indices-title">
        [{Array.from(indices).join(', ')}]
      </p>
      <p className="muted">{fmt(t.repeats, { count: repeated })}</p>
      <h3>{t.digitsTitle}</h3>
      {indices.length > DIGITS_SHOWN && <p className="muted">{fmt(t.digitsShown, { shown: DIGITS_SHOWN, n: indices.length })}</p>}
      <ol className="digit-grid">
        {shown.map((index, position) => (
          <li key={position}>
            <DigitImage pixels={imageAt(train, index)} size={48} label={fmt(t.batchDigitLabel, { position: position + 1, index, label: train.labels[index] })} />
            <span className="digit-caption"><strong>{train.labels[index]}</strong></span>
          </li>
        ))}
      </ol>
      <h3>{t.histogramTitle}</h3>
      <p className="prose">{t.histogramBody}</p>
      <ClassHistogram labels={train.labels} indices={indices} />
    </>
  );
}
