import { useState } from 'react';
import { NumberField } from '../../components/NumberField';
import { fmt, useText } from '../../i18n/use-text';
import { minibatchText } from './text';
import { MAX_SEED } from '../../lib/random';
import { MAX_BATCH } from './url-state';

interface SamplerProps {
  n: number;
  seed: number;
  trainSize: number;
  onChange: (patch: { n?: number; seed?: number }) => void;
}

/** The controls of np.random.choice(train_size, N): N, the seed, and the buttons that draw. */
export function Sampler({ n, seed, trainSize, onChange }: SamplerProps) {
  const t = useText(minibatchText);
  // How often "sample" was pressed for this seed: pressing again shows the batch does not change.
  const [times, setTimes] = useState({ seed, count: 0 });
  const count = times.seed === seed ? times.count : 0;

  const sample = (nextSeed: number) => {
    setTimes({ seed: nextSeed, count: (times.seed === nextSeed ? times.count : 0) + 1 });
    onChange({ seed: nextSeed });
  };

  return (
    <div className="widget-row sampler-controls">
      <NumberField label={t.batchSize} value={n} min={1} max={MAX_BATCH} integer onChange={(v) => onChange({ n: v })} />
      <NumberField label={t.seed} value={seed} min={0} max={MAX_SEED} integer onChange={(v) => onChange({ seed: v })} />
      <button type="button" className="primary" onClick={() => sample(seed)}>
        {t.sample}
      </button>
      <button type="button" onClick={() => sample(seed >= MAX_SEED ? 0 : seed + 1)}>
        {t.nextSeed}
      </button>
      <p className="sampler-status" role="status">
        <code>batch_mask = np.random.choice({trainSize}, {n})</code>
        <br />
        {count > 0 ? fmt(t.drawnTimes, { seed, times: count }) : fmt(t.drawnForSeed, { seed })}
      </p>
    </div>
  );
}
