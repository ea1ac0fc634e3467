import { useMemo } from 'react';
import { Check } from '../../components/check/Check';
import { Veil } from '../../components/check/Veil';
import { CodeView } from '../../components/CodeView';
import { Formula } from '../../components/Formula';
import { LessonSummary } from '../../components/LessonSummary';
import { NotationBox } from '../../components/NotationBox';
import { P, RichText } from '../../components/RichText';
import { MnistStatus } from '../../components/MnistStatus';
import { ModelNotice } from '../../components/models/ModelNotice';
import { RunHistory } from '../../components/runs/RunHistory';
import { UrlWarning } from '../../components/UrlWarning';
import { common } from '../../i18n/text';
import { fmt, useText } from '../../i18n/use-text';
import { runSettings } from '../../protocol/settings';
import { useUrlState } from '../../state/url-state';
import { training } from '../../training/training';
const netSource = () => import('../../lib/nets/two-layer-net.ts?raw');
const incrementalSource = () => import('../../lib/nets/incremental-gradient.ts?raw');
// eslint-disable-next-line import-x/no-restricted-paths -- the worker's loop is shown as text, never run here
const sessionSource = () => import('../../worker/training-session.ts?raw');
import { AccuracyChart } from './AccuracyChart';
import { CHECKS } from './checks';
import { EpochTable } from './EpochTable';
import { GradientCheck } from './GradientCheck';
import { LearnedPanel } from './LearnedPanel';
import { LearningRateRace } from './LearningRateRace';
import { LossChart } from './LossChart';
import { ModelFile } from './ModelFile';
import { ProgressPanel } from './ProgressPanel';
import { RunControls } from './RunControls';
import { RunMessages } from './RunMessages';
import { SettingsForm } from './SettingsForm';
import { ShapesTable } from './ShapesTable';
import { checksText } from './text-checks';
import { text } from './text';
import { useDataCounts } from './use-data-counts';
import { linkFieldNames, settingsFromUrl, trainingUrlTable } from './url-state';
import { labels } from './text-labels';
import { WeightProbe } from './WeightProbe';
import './training.css';
import { NotesFirstLoss } from './NotesFirstLoss';

const NET = String.raw`y = \operatorname{softmax}\!\big(\operatorname{ReLU}(xW_1 + b_1)\,W_2 + b_2\big)`;
const LOSS = String.raw`L = -\frac{1}{N}\sum_{n=1}^{N}\log\left(y_{n,t_n} + \delta\right)`;
const UPDATE = String.raw`W \leftarrow W - \eta\,\frac{\partial L}{\partial W}`;
// Each formula is split where a phone may wrap it, so h and the 3.2 × 10¹¹ total never scroll out of sight.
const CENTRAL = [String.raw`\frac{\partial L}{\partial \theta_p} \approx \frac{L(\theta + h\,e_p) - L(\theta - h\,e_p)}{2h}`, String.raw`h = 10^{-4}`];
const NAIVE_COST = [String.raw`39{,}760 \times 2 \times 100 \times (784 \cdot 50 + 50 \cdot 10)`, String.raw`\approx 3.2 \times 10^{11}`];

export default function Page() {
  const t = useText(text);
  const counts = useDataCounts();
  const [state, update, invalid] = useUrlState(trainingUrlTable);
  const settings = useMemo(() => settingsFromUrl(state), [state]);
  const shared = useText(common);
  const tc = useText(checksText);
  const fieldNames = useText(labels);
  const notation = [
    { tex: 'x', meaning: t['n.x'], code: 'x_batch' },
    { tex: 't', meaning: t['n.t'], code: 'y_batch, t' },
    // Two lines, so the symbol column leaves room for the meanings on a phone.
    { tex: String.raw`\begin{gathered}W_1, b_1,\\ W_2, b_2\end{gathered}`, meaning: t['n.params'], code: 'network.params' },
    { tex: 'y', meaning: t['n.y'], code: 'y = predict(x)' },
    { tex: 'L', meaning: t['n.L'], code: 'loss(x, t)' },
    { tex: String.raw`\eta`, meaning: t['n.eta'], code: 'learning_rate' },
    { tex: 'h', meaning: t['n.h'], code: 'h = 1e-4' },
    { tex: String.raw`N,\ H`, meaning: `${t['n.N']}, ${t['n.H']}`, code: 'batch_size, hidden_size' },
  ];
  // A naive check samples only 200 parameters, and a kink is then easy to miss: the demo checks them all.
  const checkKinks = () => {
    const method = settings.method === 'naive' ? 'incremental' : settings.method;
    if (method !== settings.method) update({ method });
    void training.checkGradient(runSettings({ ...settings, method }));
  };

  return (
    <>
      <UrlWarning keys={invalid} names={linkFieldNames(fieldNames)} />
      <section aria-labelledby="tr-loop">
        <div className="prose">
          <h2 id="tr-loop">{t.loopTitle}</h2>
          <p>{t.loopIntro}</p>
          <ol>
            <li>{t.loopBatch}</li>
            <li><RichText text={t.loopGradient} /></li>
            <li><RichText text={t.loopUpdate} /></li>
            <li>{t.loopRepeat}</li>
          </ol>
          <P text={t.sgdNote} />
          <Formula tex={UPDATE} display />
        </div>
      </section>

      <section aria-labelledby="tr-net">
        <h2 id="tr-net">{t.netTitle}</h2>
        <div className="prose">
          <P text={t.netBody} />
          <Formula tex={NET} display />
          <p>{t.lossIntro}</p>
          <Formula tex={LOSS} display />
        </div>
        <NotationBox rows={notation} />
        <ShapesTable hiddenSize={settings.hiddenSize} />
        <CodeView source={netSource} fileName="src/lib/nets/two-layer-net.ts" numpy={() => import('./numpy').then((m) => m.twoLayerNet)} />
      </section>

      <section aria-labelledby="tr-probe">
        <h2 id="tr-probe">{t.probeTitle}</h2>
        <Check slug="training" spec={CHECKS['first-loss']} text={tc} onShow={() => update({ weightInitStd: 0.01 })} />
        <p className="prose">{t.probeBody}</p>
        <div className="formula-row">{CENTRAL.map((tex) => <Formula key={tex} tex={tex} display />)}</div>
        <MnistStatus />
        <Veil slug="training" checks={['first-loss']}>
          <WeightProbe settings={settings} />
        </Veil>
      </section>

      <section aria-labelledby="tr-methods">
        <h2 id="tr-methods">{t.methodsTitle}</h2>
        <p className="prose">{t.methodsLead}</p>
        <Check slug="training" spec={CHECKS['naive-count']} text={tc} onShow={() => update({ method: 'naive' })} showTarget="tr-lab-widget" />
        <Veil slug="training" checks={['naive-count']}>
          <div className="prose">
            <p>{t.methodsIntro}</p>
            <h3>{t.naiveTitle}</h3>
            <P text={t.naiveBody} />
            <div className="formula-row formula-continued">{NAIVE_COST.map((tex) => <Formula key={tex} tex={tex} display />)}</div>
            <h3>{t.incrementalTitle}</h3>
            <p>{t.incrementalBody}</p>
            <h3>{t.backpropTitle}</h3>
            <P text={t.backpropBody} />
            <p>{t.costNote}</p>
          </div>
        </Veil>
        <CodeView source={incrementalSource} fileName="src/lib/nets/incremental-gradient.ts" numpy={() => import('./numpy').then((m) => m.incremental)} />
      </section>

      <section aria-labelledby="tr-check">
        <h2 id="tr-check">{t.checkTitle}</h2>
        <Check slug="training" spec={CHECKS.kink} text={tc} onShow={checkKinks} />
        <P className="prose" text={t.checkBody} />
        <GradientCheck settings={settings} />
        <p className="prose">{t.kinkBody}</p>
      </section>

      <section aria-labelledby="tr-lab">
        <h2 id="tr-lab">{t.labTitle}</h2>
        <p className="prose">{t.labIntro}</p>
        <div className="widget training-lab" id="tr-lab-widget">
          <SettingsForm settings={settings} onChange={update} />
          <RunControls settings={settings} />
          <RunMessages settings={settings} onChange={update} />
          <ModelNotice sources={['lab']} />
          <ProgressPanel />
          <div className="two-columns">
            <LossChart />
            <AccuracyChart />
          </div>
          <EpochTable />
        </div>
        <RunHistory />
        <p className="prose">{t.expectNote}</p>
        <details className="impl-details">
          <summary>{t.implTitle}</summary>
          <div className="prose">
            <p>{t.implWorker}</p>
            <p>{fmt(t.evalNote, counts)}</p>
            <p>{t.implSeed}</p>
            <p>{t.implModel}</p>
          </div>
          <CodeView source={sessionSource} fileName="src/worker/training-session.ts" numpy={() => import('./numpy').then((m) => m.session)} />
        </details>
      </section>

      <aside className="callout prose">
        <h3>{t.notesTitle}</h3>
        <p>{t.notesSoftmax}</p>
        <p>{t.notesAccuracy}</p>
        <p>{t.notesPrintout}</p>
        <NotesFirstLoss />
        <p>{t.notesEval}</p>
      </aside>

      <section aria-labelledby="tr-learned">
        <h2 id="tr-learned">{t.learnedTitle}</h2>
        <LearnedPanel />
      </section>

      <section aria-labelledby="tr-race">
        <h2 id="tr-race">{t.raceTitle}</h2>
        <p className="prose">{t.raceBody}</p>
        <LearningRateRace settings={settings} rates={state.race} onChange={update} />
      </section>

      <section aria-labelledby="tr-model">
        <h2 id="tr-model">{t.modelTitle}</h2>
        <p className="prose">{t.modelBody}</p>
        <ModelFile />
      </section>
      <LessonSummary points={[t.learned1, t.learned2, t.learned3]} bridge={t.bridge} next={{ href: '#/draw', title: shared['lesson.draw'] }} />
    </>
  );
}
