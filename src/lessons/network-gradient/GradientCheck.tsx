import { Formula } from '../../components/Formula';
import { MatrixView } from '../../components/MatrixView';
import { fmt, useText } from '../../i18n/use-text';
import { CEE_DELTA } from '../../lib/losses';
import type { NetworkAnalysis } from './analysis';
import { text } from './text';

/** Below this the numerical and analytic gradients count as agreeing. */
const AGREEMENT = 1e-4;

/** The analytic ∂L/∂W = xᵀ(y − t) beside the numerical one, and their largest difference. */
export function GradientCheck({ analysis, x, trueClass }: { analysis: NetworkAnalysis; x: readonly number[]; trueClass: number }) {
  const t = useText(text);
  const classLabels = [0, 1, 2].map((k) => fmt(t.classOption, { k }));
  const { analyticGradient, numericalGradient, maxDifference, probabilities } = analysis;
  const range = Math.max(...analyticGradient.data.map(Math.abs), ...numericalGradient.data.map(Math.abs));
  // The formula drops δ: that alone moves the gradient by about |x|·δ/y_t.
  const deltaEffect = (Math.max(...x.map(Math.abs)) * CEE_DELTA) / probabilities[trueClass];
  const verdict = maxDifference < AGREEMENT ? t.checkAgrees : deltaEffect > AGREEMENT / 10 ? t.checkSaturated : t.checkCurved;
  return (
    <div className="ng-check">
      <Formula tex={String.raw`\frac{\partial L}{\partial \mathbf{a}} = \mathbf{y} - \mathbf{t}, \qquad \frac{\partial L}{\partial \mathbf{W}} = \mathbf{x}^{\mathsf{T}} (\mathbf{y} - \mathbf{t})`} display />
      <div className="ng-matrices">
        <MatrixView label={t.analyticLabel} values={analyticGradient.data} rows={2} cols={3} colLabels={classLabels} decimals={8} range={range} />
        <MatrixView label={t.numericalLabel} values={numericalGradient.data} rows={2} cols={3} colLabels={classLabels} decimals={8} range={range} />
      </div>
      <p>
        {t.maxDifference}: <strong className="value" data-testid="max-difference">{maxDifference.toExponential(2)}</strong>
      </p>
      <p className={maxDifference < AGREEMENT ? 'notice' : 'notice notice-warning'} role="status">{verdict}</p>
    </div>
  );
}
