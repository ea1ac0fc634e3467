import { Formula } from '../../components/Formula';
import { MatrixView } from '../../components/MatrixView';
import { fmt, useText } from '../../i18n/use-text';
import type { NetworkAnalysis } from './analysis';
import { INPUT_SYMBOLS } from './params';
import { text } from './text';

export const GRADIENT_TEX = String.raw`\frac{\partial L}{\partial \mathbf{W}} = \begin{pmatrix} \frac{\partial L}{\partial w_{11}} & \frac{\partial L}{\partial w_{12}} & \frac{\partial L}{\partial w_{13}} \\[4pt] \frac{\partial L}{\partial w_{21}} & \frac{\partial L}{\partial w_{22}} & \frac{\partial L}{\partial w_{23}} \end{pmatrix}`;

/** What simpleNet makes of the inputs: scores, probabilities, predicted class, loss and ∂L/∂W. */
export function NetworkOutputs({ analysis }: { analysis: NetworkAnalysis }) {
  const t = useText(text);
  const classLabels = [0, 1, 2].map((k) => fmt(t.classOption, { k }));
  const { scores, probabilities, predictedClass, loss, numericalGradient } = analysis;
  return (
    <div className="ng-outputs">
      <div className="ng-matrices">
        <div>
          <MatrixView label={t.scoresLabel} values={scores} rows={1} cols={3} colLabels={classLabels} />
          <p className="ng-note">{t.scoresNote}</p>
        </div>
        <MatrixView
          label={t.probabilitiesLabel}
          values={probabilities}
          rows={1}
          cols={3}
          colLabels={classLabels}
          scale="sequential"
          range={1}
          highlight={{ row: 0, col: predictedClass }}
          legend
        />
      </div>
      <dl className="ng-results">
        <div>
          <dt>{t.predicted}</dt>
          <dd className="big-value" data-testid="predicted-class">{predictedClass}</dd>
        </div>
        <div>
          <dt>{t.lossLabel}</dt>
          <dd className="big-value" data-testid="loss">{loss.toFixed(4)}</dd>
        </div>
      </dl>
      <div className="ng-gradient">
        <MatrixView
          label={t.gradientLabel}
          values={numericalGradient.data}
          rows={2}
          cols={3}
          rowLabels={INPUT_SYMBOLS}
          colLabels={classLabels}
        />
        <Formula tex={GRADIENT_TEX} display />
      </div>
      <p className="ng-note">{t.gradientBody}</p>
    </div>
  );
}
