import { memo, useMemo, useState } from 'react';
import { DigitImage } from '../../components/DigitImage';
import { useLanguage } from '../../i18n/language';
import { fmt, useText } from '../../i18n/use-text';
import { CLASSIC_CONFUSIONS, confusionExamples } from '../../lib/digits/confusions';
import type { NetParams } from '../../lib/digits/forward';
import { useMnist } from '../../state/mnist';
import { percent, ranking } from './format';
import { confusionsText } from './text-confusions';

const PER_PAIR = 3;

/**
 * Test images of the classic confusions, picked by the model in use: computed once the gallery is first
 * opened, then kept for that model. Memoised: the pad re-renders its parent on every frame of a stroke.
 */
export const ConfusionGallery = memo(function ConfusionGallery({ model }: { model: NetParams | null }) {
  const t = useText(confusionsText);
  const lang = useLanguage((s) => s.lang);
  const [opened, setOpened] = useState(false);
  const test = useMnist((s) => s.dataset?.test ?? null);
  const status = useMnist((s) => s.status);
  const load = useMnist((s) => s.load);
  const pairs = useMemo(() => (opened && model && test ? confusionExamples(model, test, CLASSIC_CONFUSIONS, PER_PAIR) : null), [opened, model, test]);
  const side = test ? test.rows * test.cols : 0;

  return (
    <details className="confusion-gallery" onToggle={(e) => { if (e.currentTarget.open) setOpened(true); }}>
      <summary>{t.title}</summary>
      <p className="prose">{t.body}</p>
      {!model && <p className="notice">{t.noModel}</p>}
      {model && !test && status === 'loading' && <p role="status">{t.loading}</p>}
      {model && !test && status === 'error' && <p className="notice notice-error" role="alert">{t.failed}</p>}
      {model && !test && status !== 'loading' && <button type="button" onClick={() => void load().catch(() => undefined)}>{t.load}</button>}
      {test && pairs && (
        <div className="confusion-pairs">
          {CLASSIC_CONFUSIONS.map(([a, b], k) => {
            const { examples, misreads } = pairs[k];
            return (
              <section key={`${a}-${b}`} className="confusion-pair" aria-label={fmt(t.pairTitle, { a, b })}>
                <h4>{fmt(t.pair, { a, b })}</h4>
                {misreads === 0 && <p className="confusion-none">{fmt(t.none, { a, b })}</p>}
                <ul>
                  {examples.map((e) => {
                    const top = ranking(e.probabilities)[0];
                    const caption = fmt(t.caption, { index: e.index, a, top, pTop: percent(e.probabilities[top], lang), b, pB: percent(e.probabilities[b], lang) });
                    return (
                      <li key={e.index}>
                        <figure>
                          <DigitImage pixels={test.images.subarray(e.index * side, (e.index + 1) * side)} rows={test.rows} cols={test.cols} size={56} label={fmt(t.imageLabel, { index: e.index, a })} />
                          <figcaption>
                            <span className={top === a ? 'confusion-right' : 'confusion-wrong'}>{top === a ? t.nearMiss : fmt(t.misread, { b: top })}</span>
                            <span className="visually-hidden"> · </span>
                            <span className="confusion-detail">{caption}</span>
                          </figcaption>
                        </figure>
                      </li>
                    );
                  })}
                </ul>
              </section>
            );
          })}
        </div>
      )}
    </details>
  );
});
