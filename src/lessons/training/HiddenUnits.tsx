import { useEffect, useRef } from 'react';
import { fmt, useText } from '../../i18n/use-text';
import { useTraining } from '../../state/training';
import { labels } from './text-labels';

const SIDE = 28;
const GAP = 2;
/** More tiles than this would be too small to read; the first ones are shown. */
const MAX_UNITS = 100;

/** Diverging colours, colour-blind safe: negative weights blue, positive orange, zero white. */
function shade(value: number): [number, number, number] {
  const v = Math.max(-1, Math.min(1, value));
  return v < 0 ? [255 + v * 255, 255 + v * (255 - 114), 255 + v * (255 - 178)] : [255 - v * (255 - 213), 255 - v * (255 - 94), 255 - v * 255];
}

/** W1's column j is a 28 × 28 picture of the pixels that excite (orange) or inhibit (blue) hidden unit j. */
export function HiddenUnits() {
  const t = useText(labels);
  const weights = useTraining((s) => s.weights);
  const canvas = useRef<HTMLCanvasElement>(null);
  const units = weights ? Math.min(weights.hiddenSize, MAX_UNITS) : 0;
  const columns = Math.min(10, Math.max(1, units));
  const rows = Math.ceil(units / columns);

  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!context || !weights || units === 0) return;
    const { W1, hiddenSize } = weights;
    const width = columns * (SIDE + GAP) - GAP;
    const height = rows * (SIDE + GAP) - GAP;
    const image = context.createImageData(width, height);
    image.data.fill(255);
    for (let j = 0; j < units; j++) {
      let scale = 0;
      for (let i = 0; i < SIDE * SIDE; i++) scale = Math.max(scale, Math.abs(W1[i * hiddenSize + j]));
      const left = (j % columns) * (SIDE + GAP);
      const top = Math.floor(j / columns) * (SIDE + GAP);
      for (let i = 0; i < SIDE * SIDE; i++) {
        const [r, g, b] = shade(scale > 0 ? W1[i * hiddenSize + j] / scale : 0);
        const at = 4 * ((top + Math.floor(i / SIDE)) * width + left + (i % SIDE));
        image.data[at] = r;
        image.data[at + 1] = g;
        image.data[at + 2] = b;
      }
    }
    context.putImageData(image, 0, 0);
  }, [weights, units, columns, rows]);

  if (!weights) return <p className="muted">{t.hiddenUnitsEmpty}</p>;
  return (
    <figure className="hidden-units">
      <canvas
        ref={canvas}
        width={columns * (SIDE + GAP) - GAP}
        height={rows * (SIDE + GAP) - GAP}
        role="img"
        aria-label={fmt(t.hiddenUnitsAlt, { units, iteration: weights.iteration })}
      />
      <figcaption>
        {fmt(t.hiddenUnitsCaption, { iteration: weights.iteration })}
        {weights.hiddenSize > MAX_UNITS && ` ${fmt(t.hiddenUnitsFirst, { shown: MAX_UNITS, total: weights.hiddenSize })}`}
      </figcaption>
    </figure>
  );
}
