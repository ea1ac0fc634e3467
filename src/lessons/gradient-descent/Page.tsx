import { CodeView } from '../../components/CodeView';
import { Formula } from '../../components/Formula';
import { UrlWarning } from '../../components/UrlWarning';
import { useText } from '../../i18n/use-text';
import { useUrlState } from '../../state/url-state';
import derivativeSource from '../../lib/descent/derivative-error.ts?raw';
import fieldSource from '../../lib/descent/field.ts?raw';
import freezeSource from '../../lib/descent/freeze.ts?raw';
import { DerivativeWidget } from './DerivativeWidget';
import { DescentLab } from './DescentLab';
import { ErrorSweepChart } from './ErrorSweepChart';
import { FreezePanel } from './FreezePanel';
import { PRESETS } from './presets';
import { text } from './text';
import { useDescentRun } from './use-descent-run';
import { URL_TABLE } from './url-state';
import { VectorField } from './VectorField';
import './gradient-descent.css';

const NOTES_LR_10 = PRESETS.find((p) => p.id === 'notes-lr-10')?.patch ?? {};

export default function Page() {
  const t = useText(text);
  const [state, update, invalid] = useUrlState(URL_TABLE);
  const run = useDescentRun(state.fn, [state.x0, state.x1], state.lr, state.steps);
  return (
    <>
      <UrlWarning keys={invalid} />
      <section className="prose" aria-labelledby="gd-diff">
        <h2 id="gd-diff">{t.diffTitle}</h2>
        <p>{t.diffIntro}</p>
        <Formula display tex={String.raw`f'(x) \approx \frac{f(x+h) - f(x)}{h} \qquad f'(x) \approx \frac{f(x+h) - f(x-h)}{2h}`} />
        <p>{t.diffForms}</p>
        <p>{t.diffH}</p>
      </section>
      <DerivativeWidget curve={state.curve} x={state.x} hexp={state.hexp} onChange={update} />
      <section className="prose" aria-labelledby="gd-sweep">
        <h3 id="gd-sweep">{t.sweepTitle}</h3>
        <p>{t.sweepIntro}</p>
      </section>
      <ErrorSweepChart curve={state.curve} x={state.x} hexp={state.hexp} />
      <CodeView source={derivativeSource} fileName="src/lib/descent/derivative-error.ts" />

      <section className="prose" aria-labelledby="gd-grad">
        <h2 id="gd-grad">{t.gradTitle}</h2>
        <p>{t.gradIntro}</p>
        <Formula display tex={String.raw`\nabla f = \left(\frac{\partial f}{\partial x_0}, \frac{\partial f}{\partial x_1}\right) = (2x_0,\ 2x_1)`} />
        <p>{t.gradField}</p>
      </section>
      <VectorField />
      <CodeView source={fieldSource} fileName="src/lib/descent/field.ts" from="export function descentField" />

      <section className="prose" aria-labelledby="gd-descent">
        <h2 id="gd-descent">{t.descentTitle}</h2>
        <p>{t.descentIntro}</p>
        <Formula display tex={String.raw`x_i \leftarrow x_i - \alpha \frac{\partial f}{\partial x_i}`} />
        <p>{t.descentLr}</p>
        <h3>{t.compareTitle}</h3>
        <p>{t.compareIntro}</p>
      </section>
      <DescentLab state={state} update={update} />

      <section className="prose" aria-labelledby="gd-freeze">
        <h2 id="gd-freeze">{t.freezeTitle}</h2>
        <p>{t.freezeIntro}</p>
        <p>{t.freezeWhy}</p>
      </section>
      <FreezePanel fn={state.fn} path={run.path} onTryNotesRun={() => update(NOTES_LR_10)} />
      <CodeView source={freezeSource} fileName="src/lib/descent/freeze.ts" from="export function analyzeFreeze" />
      <p className="callout">{t.notesComment}</p>
    </>
  );
}
