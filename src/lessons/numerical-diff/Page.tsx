import { Check } from '../../components/check/Check';
import { Veil } from '../../components/check/Veil';
import { CodeView } from '../../components/CodeView';
import { Formula } from '../../components/Formula';
import { LessonSummary } from '../../components/LessonSummary';
import { NotationBox } from '../../components/NotationBox';
import { P } from '../../components/RichText';
import { UrlWarning } from '../../components/UrlWarning';
import { common } from '../../i18n/text';
import { useText } from '../../i18n/use-text';
import { linkNames, useUrlState } from '../../state/url-state';
const derivativeSource = () => import('../../lib/descent/derivative-error.ts?raw');
const fieldSource = () => import('../../lib/descent/field.ts?raw');
import { CHECKS } from './checks';
import { DerivativeWidget } from './DerivativeWidget';
import { ErrorSweepChart } from './ErrorSweepChart';
import { checksText } from './text-checks';
import { text } from './text';
import { widgetText } from './text-widgets';
import { URL_TABLE } from './url-state';
import { VectorField } from './VectorField';
import '../../components/plot/plot.css';
import './numerical-diff.css';

export default function Page() {
  const t = useText(text);
  const shared = useText(common);
  const tc = useText(checksText);
  const tw = useText(widgetText);
  const [state, update, invalid] = useUrlState(URL_TABLE);
  const notation = [
    { tex: 'f(x)', meaning: t['n.f'], code: 'f, function_2' },
    { tex: 'h', meaning: t['n.h'], code: 'h = 1e-4' },
    { tex: String.raw`\frac{\partial f}{\partial x_0}`, meaning: t['n.partial'], code: 'grad[0]' },
    { tex: String.raw`\nabla f`, meaning: t['n.grad'], code: 'numerical_gradient(f, x)' },
  ];
  return (
    <>
      <UrlWarning keys={invalid} names={linkNames(URL_TABLE, { curve: tw.curveLabel, x: tw.pointHandle, hexp: tw.hLabel })} />
      <section aria-labelledby="nd-diff">
        <div className="prose">
          <h2 id="nd-diff">{t.diffTitle}</h2>
          <P text={t.diffIntro} />
          <Formula display tex={String.raw`f'(x) \approx \frac{f(x+h) - f(x)}{h} \qquad f'(x) \approx \frac{f(x+h) - f(x-h)}{2h}`} />
        </div>
        <NotationBox rows={notation} />
        <Check slug="numerical-diff" spec={CHECKS.central} text={tc} onShow={() => update({ curve: 'sin', x: 1, hexp: -4 })} showTarget="nd-derivative" />
        <Check slug="numerical-diff" spec={CHECKS['tiny-h']} text={tc} onShow={() => update({ curve: 'sin', x: 1, hexp: -20 })} showTarget="nd-derivative" />
        <Veil slug="numerical-diff" checks={['central']}>
          <div className="prose">
            <P text={t.diffForms} />
            <P text={t.diffH} />
          </div>
          <div id="nd-derivative">
            <DerivativeWidget curve={state.curve} x={state.x} hexp={state.hexp} onChange={update} />
          </div>
        </Veil>
      </section>
      <section aria-labelledby="nd-sweep">
        <div className="prose">
          <h2 id="nd-sweep">{t.sweepTitle}</h2>
          <P text={t.sweepIntro} />
        </div>
        <Check slug="numerical-diff" spec={CHECKS['best-h']} text={tc} onShow={() => update({ curve: 'sin', x: 1, hexp: -5 })} showTarget="nd-sweep-chart" />
        <Veil slug="numerical-diff" checks={['best-h']}>
          <div id="nd-sweep-chart">
            <ErrorSweepChart curve={state.curve} x={state.x} hexp={state.hexp} />
          </div>
          <div className="prose">
            <P text={t.sweepOptimum} />
            <p>{t.sweepQuadratic}</p>
          </div>
        </Veil>
        <CodeView source={derivativeSource} fileName="src/lib/descent/derivative-error.ts" numpy={() => import('./numpy').then((m) => m.derivative)} />
      </section>
      <section aria-labelledby="nd-grad">
        <div className="prose">
          <h2 id="nd-grad">{t.gradTitle}</h2>
          <P text={t.gradIntro} />
          <Formula display tex={String.raw`\nabla f = \left(\frac{\partial f}{\partial x_0}, \frac{\partial f}{\partial x_1}\right) = (2x_0,\ 2x_1)`} />
          <p>{t.gradField}</p>
        </div>
        <VectorField />
        <CodeView source={fieldSource} fileName="src/lib/descent/field.ts" from="export function descentField" numpy={() => import('./numpy').then((m) => m.field)} />
      </section>
      <LessonSummary points={[t.learned1, t.learned2, t.learned3]} bridge={t.bridge} next={{ href: '#/gradient-descent', title: shared['lesson.gradient-descent'] }} />
    </>
  );
}
