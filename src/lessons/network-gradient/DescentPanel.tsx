import { useState } from 'react';
import { NumberField } from '../../components/NumberField';
import { fmt, useText } from '../../i18n/use-text';
import { descend, type SimpleNet } from '../../lib/nets/simple-net';
import type { NetworkAnalysis } from './analysis';
import { DescentCharts, type DescentPoint } from './DescentCharts';
import { LR_MAX, LR_MIN, VALUE_LIMIT, type NetworkGradientState } from './params';
import { text } from './text';

const RUN_STEPS = 50;
/** A numerical gradient below this everywhere leaves W where it is, as far as the page shows. */
const FLAT_GRADIENT = 1e-9;

interface DescentPanelProps {
  state: NetworkGradientState;
  update: (patch: Partial<NetworkGradientState>) => void;
  analysis: NetworkAnalysis;
}

/** The path so far, remembered together with the (W, x, t) it ended at. */
interface History {
  endsAt: string;
  points: DescentPoint[];
}

const keyOf = (w: ArrayLike<number>, x: readonly number[], t: number) => JSON.stringify([Array.from(w), x, t]);

function pointOf(net: SimpleNet, x: readonly number[], t: number, step: number): DescentPoint {
  const y = net.probabilities(x);
  return { step, loss: net.loss(x, t), y0: y[0], y1: y[1], y2: y[2] };
}

/** One step or fifty of W ← W − η·∂L/∂W, with the loss and the probabilities charted step by step. */
export function DescentPanel({ state, update, analysis }: DescentPanelProps) {
  const t = useText(text);
  const [history, setHistory] = useState<History | null>(null);
  const here = keyOf(state.w, state.x, state.t);
  // Remembers where a step was refused, so the message goes away once anything changes.
  const [refusedAt, setRefusedAt] = useState<string | null>(null);
  const refused = refusedAt === `${here}@${state.lr}`;
  // Any change made elsewhere (a cell, a seed, the preset) starts a new path from the current W.
  const points = history?.endsAt === here ? history.points : [pointOf(analysis.net, state.x, state.t, 0)];

  const run = (steps: number) => {
    const nets = descend(analysis.net, state.x, state.t, state.lr, steps).slice(1);
    if (nets.some((net) => net.W.data.some((w) => Math.abs(w) > VALUE_LIMIT))) {
      setRefusedAt(`${here}@${state.lr}`);
      return;
    }
    const last = points[points.length - 1].step;
    const added = nets.map((net, i) => pointOf(net, state.x, state.t, last + i + 1));
    const w = Array.from(nets[nets.length - 1].W.data);
    setHistory({ endsAt: keyOf(w, state.x, state.t), points: [...points, ...added] });
    update({ w });
  };

  // Steps that change nothing need saying so: with x = 0 the gradient xᵀ(y − t) vanishes, and far below δ
  // the loss −log(y_t + δ) is flat, so the numerical gradient the steps follow is 0 (a loss near 0 is just learned).
  const zeroInput = state.x.every((v) => v === 0);
  const flatLoss = !zeroInput && analysis.loss > 1 && analysis.numericalGradient.data.every((g) => Math.abs(g) < FLAT_GRADIENT);
  const first = points[0];
  const latest = points[points.length - 1];
  return (
    <div className="ng-descent">
      <div className="widget-row">
        <NumberField label={t.learningRate} value={state.lr} min={LR_MIN} max={LR_MAX} onChange={(lr) => update({ lr })} />
        <button type="button" className="primary" onClick={() => run(1)}>{t.oneStep}</button>
        <button type="button" onClick={() => run(RUN_STEPS)}>{t.runSteps}</button>
      </div>
      {refused && <p className="notice notice-error" role="alert">{fmt(t.stepOutOfRange, { max: VALUE_LIMIT })}</p>}
      <p role="status">
        {fmt(t.stepsTaken, { n: latest.step })} · <span className="value" data-testid="loss-change">{fmt(t.lossChange, { from: first.loss.toFixed(4), to: latest.loss.toFixed(4) })}</span>
      </p>
      {zeroInput && <p className="notice notice-warning" data-testid="zero-input">{t.zeroInput}</p>}
      {flatLoss && <p className="notice notice-warning" data-testid="flat-loss">{t.flatLoss}</p>}
      {points.length === 1 && <p className="ng-note">{t.chartEmpty}</p>}
      <DescentCharts points={points} trueClass={state.t} />
    </div>
  );
}
