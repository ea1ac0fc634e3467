import { useMemo } from 'react';
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
import { NOTES_SIMPLE_NET } from '../../lib/nets/simple-net';
const simpleNetSource = () => import('../../lib/nets/simple-net.ts?raw');
import { linkNames, useUrlState } from '../../state/url-state';
import { analyse } from './analysis';
import { CHECKS } from './checks';
import { DescentPanel } from './DescentPanel';
import { GradientCheck } from './GradientCheck';
import { MisreadDescent } from './MisreadDescent';
import { NetworkInputs } from './NetworkInputs';
import { GRADIENT_TEX, NetworkOutputs } from './NetworkOutputs';
import { NotesComparison } from './NotesComparison';
import { networkGradientParams } from './params';
import { checksText } from './text-checks';
import { text } from './text';
import { useDescentPath } from './use-descent-path';
import './network-gradient.css';

const W_TEX = String.raw`\mathbf{W} = \begin{pmatrix} w_{11} & w_{12} & w_{13} \\ w_{21} & w_{22} & w_{23} \end{pmatrix}`;
// Three formulas rather than one line, so a phone wraps them instead of hiding the loss off to the side.
const FORWARD_TEX = [
  String.raw`\mathbf{a} = \mathbf{x}\mathbf{W}`,
  String.raw`\mathbf{y} = \operatorname{softmax}(\mathbf{a})`,
  String.raw`L = -\sum_k t_k \log (y_k + \delta)`,
];

export default function Page() {
  const t = useText(text);
  const [state, update, invalid] = useUrlState(networkGradientParams);
  const analysis = useMemo(() => analyse(state.w, state.x, state.t), [state.w, state.x, state.t]);
  const shared = useText(common);
  const tc = useText(checksText);
  const loadNotes = () => update({ w: NOTES_SIMPLE_NET.W.flat(), x: [...NOTES_SIMPLE_NET.x], t: NOTES_SIMPLE_NET.t.indexOf(1) });
  const path = useDescentPath(state, update, analysis);
  const notation = [
    { tex: String.raw`\mathbf{x}`, meaning: t['n.x'], code: 'x' },
    { tex: String.raw`\mathbf{W}`, meaning: t['n.W'], code: 'net.W' },
    { tex: String.raw`\mathbf{a}`, meaning: t['n.a'], code: 'z, p = net.predict(x)' },
    { tex: String.raw`\mathbf{y}`, meaning: t['n.y'], code: 'y = softmax(z)' },
    { tex: String.raw`\mathbf{t}`, meaning: t['n.t'], code: 't' },
    { tex: 'L', meaning: t['n.L'], code: 'loss' },
    { tex: String.raw`\frac{\partial L}{\partial \mathbf{W}}`, meaning: t['n.dW'], code: 'dW' },
  ];

  return (
    <>
      <UrlWarning keys={invalid} names={linkNames(networkGradientParams, { w: t.wLabel, x: t.xLabel, t: t.trueClass, seed: t.seed, lr: t.learningRate })} />
      <section aria-labelledby="ng-intro">
        <div className="prose">
          <h2 id="ng-intro">{t.introTitle}</h2>
          <P text={t.introBody} />
          <Formula tex={W_TEX} display />
          <Formula tex={GRADIENT_TEX} display />
          <P text={t.simpleNetBody} />
          <div className="formula-row">
            {FORWARD_TEX.map((tex) => <Formula key={tex} tex={tex} display />)}
          </div>
        </div>
        <NotationBox rows={notation} note={t.notationNote} />
      </section>

      <section aria-labelledby="ng-explorer">
        <h2 id="ng-explorer">{t.explorerTitle}</h2>
        <Check slug="network-gradient" spec={CHECKS.scores} text={tc} onShow={loadNotes} />
        <Check slug="network-gradient" spec={CHECKS.sign} text={tc} onShow={loadNotes} />
        <p className="prose">{t.explorerBody}</p>
        <div className="widget">
          <NetworkInputs state={state} update={update} />
          <Veil slug="network-gradient" checks={['scores', 'sign']}>
            <NetworkOutputs analysis={analysis} />
          </Veil>
          <CodeView source={simpleNetSource} fileName="src/lib/nets/simple-net.ts" numpy={() => import('./numpy').then((m) => m.simpleNet)} />
        </div>
      </section>

      <section aria-labelledby="ng-compare">
        <h2 id="ng-compare">{t.compareTitle}</h2>
        <p className="prose">{t.compareBody}</p>
        <div className="widget">
          <NotesComparison />
        </div>
        <div className="widget">
          <MisreadDescent />
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
        <Check slug="network-gradient" spec={CHECKS.step} text={tc} onShow={() => path.run(1, 0.1)} showTarget="ng-descent-widget" />
        <Veil slug="network-gradient" checks={['step']}>
          <p className="prose">{t.descentBody}</p>
        </Veil>
        <div className="widget" id="ng-descent-widget">
          <DescentPanel state={state} update={update} analysis={analysis} path={path} />
        </div>
      </section>
      <LessonSummary points={[t.learned1, t.learned2, t.learned3]} bridge={t.bridge} next={{ href: '#/training', title: shared['lesson.training'] }} />
    </>
  );
}
