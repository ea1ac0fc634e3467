import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { forwardDigit } from '../../lib/digits/forward';
import { createRng } from '../../lib/random';
import { useLanguage } from '../../i18n/language';
import { fmt, useText } from '../../i18n/use-text';
import { useMnist } from '../../state/mnist';
import { useModelInUse } from '../../state/models';
import { digitInput } from './digit-input';
import { ConfusionGallery } from './ConfusionGallery';
import { DrawingPad, type PadHandle, type PadInk } from './DrawingPad';
import { judgeAnswer, percent } from './format';
import { HiddenActivations } from './HiddenActivations';
import { LabelDigit } from './LabelDigit';
import { fitsDigits, ModelPanel } from './ModelPanel';
import { MyDigits } from './MyDigits';
import { LiveAnswer } from './LiveAnswer';
import { PreprocessSteps } from './PreprocessSteps';
import { TestDigitPanel } from './TestDigitPanel';
import { drawWidgetText } from './text-widgets';
import { useInkFeeds } from './use-ink-feeds';
import { WhyPanel } from './WhyPanel';
import { NO_DIGIT, type DrawUrlState } from './url-state';

interface DigitLabProps {
  state: DrawUrlState;
  onChange: (patch: Partial<DrawUrlState>) => void;
}

/** The pad, what the network sees of it, and what it answers: the answer once per animation frame, the panels that explain it when the pen lifts. */
export function DigitLab({ state, onChange }: DigitLabProps) {
  const t = useText(drawWidgetText);
  const lang = useLanguage((s) => s.lang);
  const model = useModelInUse();
  const dataset = useMnist((s) => s.dataset);
  const load = useMnist((s) => s.load);
  const pad = useRef<PadHandle>(null);
  const feeds = useInkFeeds();
  const { settled: ink, push } = feeds;
  const [requested, setRequested] = useState(state.digit !== NO_DIGIT);
  // Picking a random test image is not an experiment to reproduce; the link keeps the index that was picked.
  const rng = useRef(createRng(Date.now()));
  const onTestDigit = useRef<number | null>(null);

  const usable = model && fitsDigits(model) ? model : null;
  const input = useMemo(() => digitInput(ink), [ink]);
  const forward = useMemo(() => (usable && input.kind !== 'blank' ? forwardDigit(usable, input.final.data) : null), [usable, input]);

  const onInk = useCallback((next: PadInk) => {
    push(next);
    // Clearing or undoing the test image away makes the link stop pointing at it.
    if (onTestDigit.current !== null && next.testIndex === null) onChange({ digit: NO_DIGIT });
    onTestDigit.current = next.testIndex;
  }, [onChange, push]);

  const test = dataset?.test ?? null;
  useEffect(() => {
    if (state.digit === NO_DIGIT) return;
    if (!test) {
      load().catch(() => undefined);
      return;
    }
    if (state.digit >= test.count || onTestDigit.current === state.digit) return;
    const side = test.rows * test.cols;
    pad.current?.showImage({
      kind: 'image',
      pixels: test.images.slice(state.digit * side, (state.digit + 1) * side),
      rows: test.rows,
      cols: test.cols,
      index: state.digit,
    });
  }, [state.digit, test, load]);

  const onPick = useCallback((index: number) => {
    setRequested(true);
    onChange({ digit: index });
  }, [onChange]);
  const testCount = test?.count ?? 10000;
  const onRandom = useCallback(() => {
    setRequested(true);
    onChange({ digit: Math.floor(rng.current.uniform() * testCount) });
  }, [onChange, testCount]);

  const announcement = useMemo(() => {
    if (input.kind === 'blank') return t.announceBlank;
    if (!usable || !forward) return t.announceNoModel;
    const { top, unsure, unusual } = judgeAnswer(forward.probabilities, input.final);
    return fmt(unsure || unusual ? t.announceLow : t.announce, { digit: top, p: percent(forward.probabilities[top], lang) });
  }, [input, forward, usable, t, lang]);

  return (
    <div className="digit-lab">
      <div className="digit-lab-main">
        <div className="digit-lab-pad">
          <DrawingPad ref={pad} onInk={onInk} />
        </div>
        <div className="digit-lab-answer">
          <LiveAnswer feed={feeds.live} model={usable} announcement={announcement} />
          {forward && input.kind !== 'blank' && <WhyPanel input={input} probabilities={forward.probabilities} />}
          <LabelDigit input={input.kind === 'blank' ? null : input.final} />
        </div>
      </div>
      <PreprocessSteps drawn={ink?.paintThumbnail ?? null} input={input} />
      <label className="hidden-toggle">
        <input type="checkbox" checked={state.hidden} onChange={(e) => onChange({ hidden: e.target.checked })} />
        {t.hiddenToggle}
      </label>
      {state.hidden && (forward ? <HiddenActivations hidden={forward.hidden} /> : <p className="steps-empty">{t.hiddenUnavailable}</p>)}
      <div className="two-columns">
        <ModelPanel model={model} />
        <TestDigitPanel digit={state.digit} requested={requested} onPick={onPick} onRandom={onRandom} />
      </div>
      <MyDigits model={usable} />
      <ConfusionGallery model={usable} />
    </div>
  );
}
