import { memo } from 'react';
import { DigitImage } from '../../components/DigitImage';
import { MnistStatus } from '../../components/MnistStatus';
import { NumberField } from '../../components/NumberField';
import { localeOf, useLanguage } from '../../i18n/language';
import { fmt, useText } from '../../i18n/use-text';
import { useMnist } from '../../state/mnist';
import { drawWidgetText } from './text-widgets';
import { LAST_TEST_DIGIT, NO_DIGIT } from './url-state';

interface TestDigitPanelProps {
  /** The test image asked for (NO_DIGIT for none). */
  digit: number;
  /** Whether the user has asked for MNIST at all; until then nothing is downloaded. */
  requested: boolean;
  onPick: (index: number) => void;
  onRandom: () => void;
}

/** Loads real MNIST test images onto the pad, and shows the original beside the drawing's own preprocessing. */
// Memoised: the pad re-renders its parent on every animation frame while drawing.
export const TestDigitPanel = memo(function TestDigitPanel({ digit, requested, onPick, onRandom }: TestDigitPanelProps) {
  const t = useText(drawWidgetText);
  const lang = useLanguage((s) => s.lang);
  const dataset = useMnist((s) => s.dataset);
  const test = dataset?.test ?? null;
  const shown = test && digit !== NO_DIGIT && digit < test.count ? digit : null;
  const side = test ? test.rows * test.cols : 0;
  return (
    <section className="test-digit-panel" aria-labelledby="draw-test-title">
      <h3 id="draw-test-title">{t.testTitle}</h3>
      <div className="widget-row">
        <button type="button" onClick={onRandom}>{t.tryTestDigit}</button>
        <NumberField
          label={fmt(t.testIndex, { last: test ? test.count - 1 : LAST_TEST_DIGIT })}
          value={digit === NO_DIGIT ? 0 : digit}
          min={0}
          max={test ? test.count - 1 : LAST_TEST_DIGIT}
          integer
          onChange={onPick}
        />
      </div>
      {requested && <MnistStatus />}
      {test && digit !== NO_DIGIT && digit >= test.count && (
        <p className="notice notice-warning" role="status">
          {fmt(t.testMissing, { index: digit, count: test.count.toLocaleString(localeOf(lang)), last: test.count - 1 })}
        </p>
      )}
      {test && shown !== null && (
        <figure className="test-original">
          <DigitImage
            pixels={test.images.subarray(shown * side, (shown + 1) * side)}
            rows={test.rows}
            cols={test.cols}
            size={84}
            label={fmt(t.testOriginal, { index: shown, label: test.labels[shown] })}
          />
          <figcaption data-testid="test-digit-caption">{fmt(t.testShown, { index: shown, label: test.labels[shown] })}</figcaption>
        </figure>
      )}
    </section>
  );
});
