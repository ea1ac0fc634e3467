import { useLayoutEffect, useRef } from 'react';
import type { StoreApi } from 'zustand';
import { forwardDigit } from '../../lib/digits/forward';
import type { GrayImage } from '../../lib/digits/gray-image';
import { inkCoverage, MNIST_INK_RANGE } from '../../lib/digits/ink-range';
import { useLanguage, type Lang } from '../../i18n/language';
import { fmt, useText } from '../../i18n/use-text';
import type { TrainedModel } from '../../state/trained-model';
import { markAnswer } from './answer-mark';
import { digitInput } from './digit-input';
import { judgeAnswer, percent } from './format';
import { paintGray } from './GrayImageView';
import { type BarNodes, emptyBarNodes, ProbabilityChart, showBars } from './ProbabilityChart';
import { drawWidgetText } from './text-widgets';
import type { LiveInk } from './use-ink-feeds';

type Strings = typeof drawWidgetText.en;

/** The nodes that change with every answer. */
interface AnswerNodes {
  digit: HTMLOutputElement | null;
  probability: HTMLParagraphElement | null;
  second: HTMLParagraphElement | null;
  input: HTMLCanvasElement | null;
  unsure: HTMLParagraphElement | null;
  unusual: HTMLParagraphElement | null;
}

/** Changes a node's text in place: a new text node every frame would be laid out from scratch. */
function setText(node: Element | null, text: string): void {
  if (!node) return;
  const first = node.firstChild;
  if (first instanceof Text && first === node.lastChild) {
    if (first.data !== text) first.data = text;
  } else {
    node.textContent = text;
  }
}

/** Writes only what changes: even an unchanged `hidden` makes the browser restyle the page around it. */
function setNotice(node: HTMLElement | null, text: string | null): void {
  if (!node) return;
  if (node.hidden !== (text === null)) node.hidden = text === null;
  if (text !== null) setText(node, text);
}

/**
 * Writes one answer into the nodes. The warnings and the bars' spoken label wait for the pad to come to
 * rest: a half-drawn digit is nearly always unsure, and a warning that blinks on and off with every
 * frame of a stroke would only shake the page.
 */
function writeAnswer(nodes: AnswerNodes, bars: BarNodes, probabilities: Float64Array, image: GrayImage, atRest: boolean, t: Strings, lang: Lang): void {
  const { top, second, unsure, unusual } = judgeAnswer(probabilities, image);
  setText(nodes.digit, String(top));
  nodes.digit?.classList.toggle('is-unsure', unsure || unusual);
  setText(nodes.probability, fmt(t.probabilityOf, { p: percent(probabilities[top], lang) }));
  setText(nodes.second, fmt(t.secondChoice, { digit: second, p: percent(probabilities[second], lang) }));
  const context = nodes.input?.getContext('2d');
  if (context) paintGray(context, image);
  const labelled = bars.svg?.hasAttribute('aria-label') ?? true;
  const list = () => Array.from(probabilities, (p, k) => `${k}: ${percent(p, lang)}`).join(', ');
  showBars(bars, probabilities, top, atRest || !labelled ? fmt(t.chartLabel, { list: list() }) : null);
  setNotice(nodes.unsure, atRest && unsure ? fmt(t.lowConfidence, { p: percent(probabilities[top], lang) }) : null);
  setNotice(nodes.unusual, atRest && unusual
    ? fmt(t.unusualInk, { coverage: percent(inkCoverage(image), lang), min: percent(MNIST_INK_RANGE.min, lang), max: percent(MNIST_INK_RANGE.max, lang) })
    : null);
}

interface AnswerViewProps {
  feed: StoreApi<LiveInk>;
  model: TrainedModel;
}

/**
 * The top class large, how sure the network is, the 28 × 28 input it was given, and all ten
 * probabilities as bars. It follows every report of the pad by writing into its nodes, not by
 * re-rendering: on a slow phone a render per frame left no time for the pen.
 */
export function AnswerView({ feed, model }: AnswerViewProps) {
  const t = useText(drawWidgetText);
  const lang = useLanguage((s) => s.lang);
  const nodes = useRef<AnswerNodes>({ digit: null, probability: null, second: null, input: null, unsure: null, unusual: null });
  const bars = useRef<BarNodes>(emptyBarNodes());

  useLayoutEffect(() => {
    const show = ({ ink }: LiveInk) => {
      const input = digitInput(ink);
      // An empty pad unmounts this view in the same update.
      if (input.kind === 'blank') return;
      writeAnswer(nodes.current, bars.current, forwardDigit(model, input.final.data).probabilities, input.final, ink?.settled ?? true, t, lang);
      markAnswer();
    };
    show(feed.getState());
    return feed.subscribe(show);
  }, [feed, model, t, lang]);

  const at = <K extends keyof AnswerNodes>(key: K) => (node: AnswerNodes[K]) => { nodes.current[key] = node; };
  return (
    <>
      <div className="prediction-top">
        <output ref={at('digit')} className="prediction-digit" aria-label={t.topClass} data-testid="predicted-digit" />
        <div className="prediction-words">
          <p ref={at('probability')} className="prediction-probability" />
          <p ref={at('second')} className="prediction-second" />
        </div>
        <figure className="prediction-input">
          <canvas ref={at('input')} width={28} height={28} role="img" aria-label={t.liveInput} />
          <figcaption>{t.liveInputCaption}</figcaption>
        </figure>
      </div>
      <p ref={at('unsure')} className="notice notice-warning" hidden />
      <p ref={at('unusual')} className="notice notice-warning" hidden />
      <ProbabilityChart nodes={bars} />
    </>
  );
}
