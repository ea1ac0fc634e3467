import { useEffect, useRef } from 'react';
import { fmt, useText } from '../../i18n/use-text';
import { useTraining } from '../../state/training';
import { training } from '../../training/training';
import { labels } from './text-labels';
import { health } from './text-health';

const SIDE = 28;
const GAP = 2;
/** More tiles than this would be too small to read; the first ones are shown. */
const MAX_UNITS = 100;

/** Diverging colours, colour-blind safe: negative weights blue, positive orange, zero white. */
function shade(value: number): [number, number, number] {
  const v = Math.max(-1, Math.min(1, value));
  return v < 0 ? [255 + v * 255, 255 + v * (255 - 114), 255 + v * (255 - 178)] : [255 - v * (255 - 213), 255 - v * (255 - 94), 255 - v * 255];
}

/** A dead unit's tile: greyed out and crossed, since its weights no longer matter to any image. */
function crossOut(data: Uint8ClampedArray, width: number, left: number, top: number): void {
  for (let r = 0; r < SIDE; r++) {
    for (let c = 0; c < SIDE; c++) {
      const at = 4 * ((top + r) * width + left + c);
      const onCross = Math.abs(r - c) <= 1 || Math.abs(r + c - (SIDE - 1)) <= 1;
      for (let ch = 0; ch < 3; ch++) data[at + ch] = onCross ? 60 : 128 + data[at + ch] / 4;
    }
  }
}

/** W1's column j is a 28 × 28 picture of the pixels that excite (orange) or inhibit (blue) hidden unit j; dead units are crossed out. */
export function HiddenUnits() {
  const t = useText(labels);
  const h = useText(health);
  const weights = useTraining((s) => s.weights);
  const rates = useTraining((s) => s.run.learningRates);
  const lanes = useTraining((s) => s.lanes.length);
  const watched = useTraining((s) => s.watchedLane);
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
    for (const j of weights.deadUnits) if (j < units) crossOut(image.data, width, (j % columns) * (SIDE + GAP), Math.floor(j / columns) * (SIDE + GAP));
    context.putImageData(image, 0, 0);
  }, [weights, units, columns, rows]);

  if (!weights) return <p className="muted">{t.hiddenUnitsEmpty}</p>;
  const dead = weights.deadUnits.length;
  return (
    <figure className="hidden-units" data-testid="hidden-units" data-lane={weights.lane} data-dead={dead}>
      {lanes > 1 && (
        <label className="watch-lane">
          {h.watchLabel}{' '}
          <select value={watched} onChange={(e) => training.watchLane(Number(e.target.value))}>
            {rates.map((rate, k) => <option key={k} value={k}>η = {rate}</option>)}
          </select>
        </label>
      )}
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
        {dead > 0 && ` ${fmt(h.deadCaption, { dead })}`}
      </figcaption>
    </figure>
  );
}
