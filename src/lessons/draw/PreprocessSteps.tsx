import { memo } from 'react';
import { type Box, centreOfMass, type GrayImage } from '../../lib/digits/gray-image';
import { MNIST_STROKE_WIDTH, strokeWidth } from '../../lib/digits/stroke-width';
import { useLanguage } from '../../i18n/language';
import { fmt, useText } from '../../i18n/use-text';
import type { DigitInput } from './digit-input';
import type { PadInk } from './DrawingPad';
import { decimal } from './format';
import { GrayImageView } from './GrayImageView';
import { PadThumbnail } from './PadThumbnail';
import { drawWidgetText } from './text-widgets';

const THUMB = 96;

interface PreprocessStepsProps {
  /** Paints the pad into the first step's thumbnail. */
  drawn: PadInk['paintThumbnail'] | null;
  input: DigitInput;
}

interface Step {
  key: string;
  /** The stage's image, or null for the pad itself. */
  image: GrayImage | null;
  title: string;
  detail: string;
  size: number;
  outline?: Box;
}

/**
 * The stages from the pad to the network's input. Strokes: what was drawn, the strokes redrawn into
 * 20 × 20 with a pen fitted to that box, the 28 × 28 input. An MNIST image: drawn, cropped, scaled, input.
 */
export const PreprocessSteps = memo(function PreprocessSteps({ drawn, input }: PreprocessStepsProps) {
  const t = useText(drawWidgetText);
  const lang = useLanguage((s) => s.lang);
  if (input.kind === 'blank' || !drawn) {
    return <p className="steps-empty">{t.stepsEmpty}</p>;
  }
  const number = (v: number, digits = 1) => decimal(v, lang, digits);
  const size = (image: GrayImage) => fmt(t.pixelSize, { width: image.width, height: image.height });
  const com = centreOfMass(input.final);
  const final: Step = {
    key: 'final',
    image: input.final,
    title: t.stepFinal,
    detail: com ? fmt(t.stepFinalDetail, { x: number(com.x), y: number(com.y) }) : size(input.final),
    size: THUMB,
  };
  const steps: Step[] = input.kind === 'strokes'
    ? [
        { key: 'drawn', image: null, title: t.stepDrawn, detail: fmt(input.taps > 0 ? t.stepDrawnTaps : t.stepDrawnDetail, { width: Math.round(input.box.width), height: Math.round(input.box.height), count: input.taps }), size: THUMB, outline: input.box },
        { key: 'fitted', image: input.raster.fitted, title: t.stepFitted, detail: fmt(t.stepFittedDetail, { width: number(input.raster.width) }), size: (THUMB * 20) / 28 },
        final,
      ]
    : [
        { key: 'drawn', image: null, title: t.stepDrawn, detail: fmt(t.stepDrawnDetail, { width: input.steps.box.width, height: input.steps.box.height }), size: THUMB, outline: input.steps.box },
        { key: 'cropped', image: input.steps.cropped, title: t.stepCropped, detail: size(input.steps.cropped), size: THUMB },
        { key: 'scaled', image: input.steps.scaled, title: t.stepScaled, detail: size(input.steps.scaled), size: (THUMB * 20) / 28 },
        final,
      ];
  return (
    <div className="preprocess">
      <ol className="preprocess-steps">
        {steps.map((step, i) => (
          <li key={step.key}>
            <div className="step-frame">
              {step.image
                ? <GrayImageView image={step.image} size={step.size} label={`${step.title}: ${step.detail}`} outline={step.outline} />
                : <PadThumbnail paint={drawn} size={step.size} label={`${step.title}: ${step.detail}`} outline={step.outline} />}
            </div>
            <span className="step-title">{i + 1}. {step.title}</span>
            <span className="step-detail">{step.detail}</span>
          </li>
        ))}
      </ol>
      <p className="stroke-width" data-testid="stroke-width">
        {fmt(t.strokeWidthCompare, {
          width: number(strokeWidth(input.final), 2),
          median: number(MNIST_STROKE_WIDTH.median, 2),
          low: number(MNIST_STROKE_WIDTH.low, 2),
          high: number(MNIST_STROKE_WIDTH.high, 2),
        })}
      </p>
    </div>
  );
});
