import { CodeView } from '../../components/CodeView';
import { Formula } from '../../components/Formula';
import { UrlWarning } from '../../components/UrlWarning';
import { useText } from '../../i18n/use-text';
import { useUrlState } from '../../state/url-state';
const derivativeSource = () => import('../../lib/descent/derivative-error.ts?raw');
const fieldSource = () => import('../../lib/descent/field.ts?raw');
import { DerivativeWidget } from './DerivativeWidget';
import { ErrorSweepChart } from './ErrorSweepChart';
import { text } from './text';
import { URL_TABLE } from './url-state';
import { VectorField } from './VectorField';
import '../../components/plot/plot.css';
import './numerical-diff.css';

export default function Page() {
  const t = useText(text);
  const [state, update, invalid] = useUrlState(URL_TABLE);
  return (
    <>
      <UrlWarning keys={invalid} />
      <section aria-labelledby="nd-diff">
        <div className="prose">
          <h2 id="nd-diff">{t.diffTitle}</h2>
          <p>{t.diffIntro}</p>
          <Formula display tex={String.raw`f'(x) \approx \frac{f(x+h) - f(x)}{h} \qquad f'(x) \approx \frac{f(x+h) - f(x-h)}{2h}`} />
          <p>{t.diffForms}</p>
          <p>{t.diffH}</p>
        </div>
        <DerivativeWidget curve={state.curve} x={state.x} hexp={state.hexp} onChange={update} />
      </section>
      <section aria-labelledby="nd-sweep">
        <div className="prose">
          <h2 id="nd-sweep">{t.sweepTitle}</h2>
          <p>{t.sweepIntro}</p>
        </div>
        <ErrorSweepChart curve={state.curve} x={state.x} hexp={state.hexp} />
        <div className="prose">
          <p>{t.sweepOptimum}</p>
          <p>{t.sweepQuadratic}</p>
        </div>
        <CodeView source={derivativeSource} fileName="src/lib/descent/derivative-error.ts" />
      </section>
      <section aria-labelledby="nd-grad">
        <div className="prose">
          <h2 id="nd-grad">{t.gradTitle}</h2>
          <p>{t.gradIntro}</p>
          <Formula display tex={String.raw`\nabla f = \left(\frac{\partial f}{\partial x_0}, \frac{\partial f}{\partial x_1}\right) = (2x_0,\ 2x_1)`} />
          <p>{t.gradField}</p>
        </div>
        <VectorField />
        <CodeView source={fieldSource} fileName="src/lib/descent/field.ts" from="export function descentField" />
      </section>
    </>
  );
}
