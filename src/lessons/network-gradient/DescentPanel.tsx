import { NumberField } from '../../components/NumberField';
import { fmt, useText } from '../../i18n/use-text';
import type { NetworkAnalysis } from './analysis';
import { DescentCharts } from './DescentCharts';
import { LR_MAX, LR_MIN, VALUE_LIMIT, type NetworkGradientState } from './params';
import { text } from './text';
import type { DescentPath } from './use-descent-path';

const RUN_STEPS = 50;
/** A numerical gradient below this everywhere leaves W where it is, as far as the page shows. */
const FLAT_GRADIENT = 1e-9;

interface DescentPanelProps {
  state: NetworkGradientState;
  update: (patch: Partial<NetworkGradientState>) => void;
  analysis: NetworkAnalysis;
  path: DescentPath;
}

/** One step or fifty of W ← W − η·∂L/∂W, with the loss and the probabilities charted step by step. */
export function DescentPanel({ state, update, analysis, path }: DescentPanelProps) {
  const t = useText(text);
  const { points, run, refused } = path;

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
