import { useMemo, useState } from 'react';
import { NumberField } from '../../components/NumberField';
import { fmt, useText } from '../../i18n/use-text';
import { centralDifference, DEFAULT_H } from '../../lib/gradient';
import { batchRng, imageBatch, labelBatch } from '../../lib/mnist/batch';
import { TwoLayerNet } from '../../lib/nets/two-layer-net';
import type { TrainingSettings } from '../../protocol/settings';
import { useMnist } from '../../state/mnist';
import { formatValue } from './format';
import { probeText } from './text-probe';

/** A pixel near the middle of the 28×28 frame, where most digits have ink. */
const CENTRE_PIXEL = 14 * 28 + 13;

/**
 * The notes' numerical gradient for one weight W1[i, j], on the lab's own first mini-batch and the
 * network the lab would start from: two losses, their difference over 2h, and backprop's value beside it.
 */
export function WeightProbe({ settings }: { settings: TrainingSettings }) {
  const t = useText(probeText);
  const dataset = useMnist((s) => s.dataset);
  const [pixel, setPixel] = useState(CENTRE_PIXEL);
  const [unit, setUnit] = useState(0);
  const j = Math.min(unit, settings.hiddenSize - 1);
  const { hiddenSize, weightInitStd, seed, batchSize } = settings;

  const batch = useMemo(() => {
    if (!dataset) return null;
    const pixels = dataset.train.rows * dataset.train.cols;
    const indices = batchRng(seed).choice(dataset.train.count, batchSize);
    return { pixels, x: imageBatch(dataset.train.images, pixels, indices), t: labelBatch(dataset.train.labels, indices) };
  }, [dataset, seed, batchSize]);
  const net = useMemo(
    () => (batch ? new TwoLayerNet({ inputSize: batch.pixels, hiddenSize, outputSize: 10, weightInitStd, seed }) : null),
    [batch, hiddenSize, weightInitStd, seed],
  );
  const probe = useMemo(() => {
    if (!batch || !net || pixel >= batch.pixels) return null;
    const { x, t: labels } = batch;
    const W1 = net.params.W1.data;
    const index = pixel * hiddenSize + j;
    const loss = () => net.loss(x, labels);
    const theta = W1[index];
    W1[index] = theta + DEFAULT_H;
    const plus = loss();
    W1[index] = theta - DEFAULT_H;
    const minus = loss();
    W1[index] = theta;
    let inked = 0;
    for (let n = 0; n < x.rows; n++) if (x.data[n * x.cols + pixel] !== 0) inked++;
    return {
      theta, plus, minus, inked, rows: x.rows,
      base: loss(),
      numerical: centralDifference(loss, W1, index),
      backprop: net.gradient(x, labels).W1.data[index],
    };
  }, [batch, net, pixel, j, hiddenSize]);

  const names = { i: pixel, j };
  return (
    <div className="widget weight-probe">
      <div className="widget-row">
        <NumberField label={t.pixel} value={pixel} min={0} max={783} integer onChange={setPixel} />
        <NumberField label={fmt(t.unit, { max: hiddenSize - 1 })} value={j} min={0} max={hiddenSize - 1} integer onChange={setUnit} />
      </div>
      {probe ? (
        <>
          <dl className="check-figures" aria-label={fmt(t.caption, { seed, n: batchSize })}>
            <div><dt>{fmt(t.weight, names)}</dt><dd className="value">{formatValue(probe.theta, 6)}</dd></div>
            <div><dt>{t.loss}</dt><dd className="value" data-testid="probe-loss">{probe.base.toFixed(6)}</dd></div>
            <div><dt>{t.plus}</dt><dd className="value">{probe.plus.toFixed(12)}</dd></div>
            <div><dt>{t.minus}</dt><dd className="value">{probe.minus.toFixed(12)}</dd></div>
            <div><dt>{t.numerical}</dt><dd className="value" data-testid="probe-numerical">{formatValue(probe.numerical, 6)}</dd></div>
            <div><dt>{fmt(t.backprop, names)}</dt><dd className="value">{formatValue(probe.backprop, 6)}</dd></div>
            <div><dt>{fmt(t.inked, names)}</dt><dd className="value">{fmt(t.inkedValue, { k: probe.inked, n: probe.rows })}</dd></div>
          </dl>
          <p className="gd-note">{fmt(t.caption, { seed, n: batchSize })}</p>
          {probe.inked === 0 && <p className="notice" role="status">{fmt(t.zero, names)}</p>}
        </>
      ) : (
        <p className="gd-note">{t.waiting}</p>
      )}
    </div>
  );
}
