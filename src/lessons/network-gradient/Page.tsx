import { useMemo } from 'react';
import { CodeView } from '../../components/CodeView';
import { Formula } from '../../components/Formula';
import { UrlWarning } from '../../components/UrlWarning';
import { useText } from '../../i18n/use-text';
const simpleNetSource = () => import('../../lib/nets/simple-net.ts?raw');
import { useUrlState } from '../../state/url-state';
import { analyse } from './analysis';
import { DescentPanel } from './DescentPanel';
import { GradientCheck } from './GradientCheck';
import { NetworkInputs } from './NetworkInputs';
import { GRADIENT_TEX, NetworkOutputs } from './NetworkOutputs';
import { NotesComparison } from './NotesComparison';
import { networkGradientParams } from './params';
import { text } from './text';
import './network-gradient.css';

const W_TEX = String.raw`\mathbf{W} = \begin{pmatrix} w_{11} & w_{12} & w_{13} \\ w_{21} & w_{22} & w_{23} \end{pmatrix}`;
const FORWARD_TEX = String.raw`\mathbf{a} = \mathbf{x}\mathbf{W}, \qquad \mathbf{y} = \operatorname{softmax}(\mathbf{a}), \qquad L = -\sum_k t_k \log (y_k + \delta)`;

export default function Page() {
  const t = useText(text);
  const [state, update, invalid] = useUrlState(networkGradientParams);
  const analysis = useMemo(() => analyse(state.w, state.x, state.t), [state.w, state.x, state.t]);

  return (
    <>
      <UrlWarning keys={invalid} />
      <section className="prose" aria-labelledby="ng-intro">
        <h2 id="ng-intro">{t.introTitle}</h2>
        <p>{t.introBody}</p>
        <Formula tex={W_TEX} display />
        <Formula tex={GRADIENT_TEX} display />
        <p>{t.simpleNetBody}</p>
        <Formula tex={FORWARD_TEX} display />
      </section>

      <section aria-labelledby="ng-explorer">
        <h2 id="ng-explorer">{t.explorerTitle}</h2>
        <p className="prose">{t.explorerBody}</p>
        <div className="widget">
          <NetworkInputs state={state} update={update} />
          <NetworkOutputs analysis={analysis} />
          <CodeView source={simpleNetSource} fileName="src/lib/nets/simple-net.ts" />
        </div>
      </section>

      <section aria-labelledby="ng-compare">
        <h2 id="ng-compare">{t.compareTitle}</h2>
        <p className="prose">{t.compareBody}</p>
        <div className="widget">
          <NotesComparison />
        </div>
      </section>

      <section aria-labelledby="ng-check">
        <h2 id="ng-check">{t.checkTitle}</h2>
        <p className="prose">{t.checkBody}</p>
        <div className="widget">
          <GradientCheck analysis={analysis} x={state.x} trueClass={state.t} />
        </div>
      </section>

      <section aria-labelledby="ng-descent">
        <h2 id="ng-descent">{t.descentTitle}</h2>
        <p className="prose">{t.descentBody}</p>
        <div className="widget">
          <DescentPanel state={state} update={update} analysis={analysis} />
        </div>
      </section>
    </>
  );
}
