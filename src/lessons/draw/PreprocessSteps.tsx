import { centreOfMass, type GrayImage } from '../../lib/digits/gray-image';
import type { Preprocessed } from '../../lib/digits/preprocess';
import { useLanguage } from '../../i18n/language';
import { fmt, useText } from '../../i18n/use-text';
import { decimal } from './format';
import { GrayImageView } from './GrayImageView';
import { drawWidgetText } from './text-widgets';

const THUMB = 96;

interface PreprocessStepsProps {
  drawn: GrayImage | null;
  result: Preprocessed;
}

/** The four pictures of the preprocessing: what was drawn, the crop, the 20 px scale and the final 28 × 28 input. */
export function PreprocessSteps({ drawn, result }: PreprocessStepsProps) {
  const t = useText(drawWidgetText);
  const lang = useLanguage((s) => s.lang);
  if (result.blank || !drawn) {
    return <p className="steps-empty">{t.stepsEmpty}</p>;
  }
  const size = (image: GrayImage) => fmt(t.pixelSize, { width: image.width, height: image.height });
  const com = centreOfMass(result.final);
  const number = (v: number) => decimal(v, lang, 1);
  const steps = [
    { key: 'drawn', image: drawn, title: t.stepDrawn, detail: fmt(t.stepDrawnDetail, { width: result.box.width, height: result.box.height }) },
    { key: 'cropped', image: result.cropped, title: t.stepCropped, detail: size(result.cropped) },
    { key: 'scaled', image: result.scaled, title: t.stepScaled, detail: size(result.scaled) },
    {
      key: 'final',
      image: result.final,
      title: t.stepFinal,
      detail: com ? fmt(t.stepFinalDetail, { x: number(com.x), y: number(com.y) }) : size(result.final),
    },
  ];
  return (
    <ol className="preprocess-steps">
      {steps.map((step, i) => (
        <li key={step.key}>
          <div className="step-frame">
            <GrayImageView
              image={step.image}
              size={step.key === 'scaled' ? (THUMB * 20) / 28 : THUMB}
              label={`${step.title}: ${step.detail}`}
              outline={step.key === 'drawn' ? result.box : undefined}
            />
          </div>
          <span className="step-title">{i + 1}. {step.title}</span>
          <span className="step-detail">{step.detail}</span>
        </li>
      ))}
    </ol>
  );
}
