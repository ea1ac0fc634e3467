import { useMemo } from 'react';
import { CodeView } from '../../components/CodeView';
import { Formula } from '../../components/Formula';
import { MnistStatus } from '../../components/MnistStatus';
import { ModelNotice } from '../../components/models/ModelNotice';
import { UrlWarning } from '../../components/UrlWarning';
import { fmt, useText } from '../../i18n/use-text';
import { useUrlState } from '../../state/url-state';
const netSource = () => import('../../lib/nets/two-layer-net.ts?raw');
const incrementalSource = () => import('../../lib/nets/incremental-gradient.ts?raw');
// eslint-disable-next-line import-x/no-restricted-paths -- the worker's loop is shown as text, never run here
const sessionSource = () => import('../../worker/training-session.ts?raw');
import { AccuracyChart } from './AccuracyChart';
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
import { text } from './text';
import { useDataCounts } from './use-data-counts';
import { settingsFromUrl, trainingUrlTable } from './url-state';
import './training.css';

const NET = String.raw`y = \operatorname{softmax}\!\big(\operatorname{ReLU}(xW_1 + b_1)\,W_2 + b_2\big)`;
const LOSS = String.raw`L = -\frac{1}{N}\sum_{n=1}^{N}\log\left(y_{n,t_n} + \delta\right)`;
const UPDATE = String.raw`W \leftarrow W - \eta\,\frac{\partial L}{\partial W}`;
const CENTRAL = String.raw`\frac{\partial L}{\partial \theta_p} \approx \frac{L(\theta + h\,e_p) - L(\theta - h\,e_p)}{2h},\qquad h = 10^{-4}`;
const NAIVE_COST = String.raw`39{,}760 \times 2 \times 100 \times (784 \cdot 50 + 50 \cdot 10) \approx 3.2 \times 10^{11}`;

export default function Page() {
  const t = useText(text);
  const counts = useDataCounts();
  const [state, update, invalid] = useUrlState(trainingUrlTable);
  const settings = useMemo(() => settingsFromUrl(state), [state]);

  return (
    <>
      <UrlWarning keys={invalid} />
      <section className="prose">
        <h2>{t.loopTitle}</h2>
        <p>{t.loopIntro}</p>
        <ol>
          <li>{t.loopBatch}</li>
          <li>{t.loopGradient}</li>
          <li>{t.loopUpdate}</li>
          <li>{t.loopRepeat}</li>
        </ol>
        <p>{t.sgdNote}</p>
        <Formula tex={UPDATE} display />
      </section>

      <section>
        <h2>{t.netTitle}</h2>
        <div className="prose">
          <p>{t.netBody}</p>
          <Formula tex={NET} display />
          <p>{t.lossIntro}</p>
          <Formula tex={LOSS} display />
        </div>
        <ShapesTable hiddenSize={settings.hiddenSize} />
        <CodeView source={netSource} fileName="src/lib/nets/two-layer-net.ts" />
      </section>

      <section>
        <h2>{t.methodsTitle}</h2>
        <div className="prose">
          <p>{t.methodsIntro}</p>
          <h3>{t.naiveTitle}</h3>
          <Formula tex={CENTRAL} display />
          <p>{t.naiveBody}</p>
          <Formula tex={NAIVE_COST} display />
          <h3>{t.incrementalTitle}</h3>
          <p>{t.incrementalBody}</p>
          <h3>{t.backpropTitle}</h3>
          <p>{t.backpropBody}</p>
          <p>{t.costNote}</p>
        </div>
        <CodeView source={incrementalSource} fileName="src/lib/nets/incremental-gradient.ts" />
      </section>

      <section>
        <h2>{t.labTitle}</h2>
        <p className="prose">{t.labIntro}</p>
        <MnistStatus />
        <div className="widget training-lab">
          <SettingsForm settings={settings} onChange={update} />
          <RunControls settings={settings} />
          <RunMessages />
          <ModelNotice sources={['lab']} />
          <ProgressPanel />
          <div className="two-columns">
            <LossChart />
            <AccuracyChart />
          </div>
          <EpochTable />
        </div>
        <p className="prose">{fmt(t.evalNote, counts)}</p>
        <p className="prose">{t.expectNote}</p>
        <CodeView source={sessionSource} fileName="src/worker/training-session.ts" />
      </section>

      <aside className="callout prose">
        <h3>{t.notesTitle}</h3>
        <p>{t.notesSoftmax}</p>
        <p>{t.notesAccuracy}</p>
        <p>{t.notesEval}</p>
      </aside>

      <section>
        <h2>{t.checkTitle}</h2>
        <p className="prose">{t.checkBody}</p>
        <GradientCheck settings={settings} />
        <p className="prose">{t.kinkBody}</p>
      </section>

      <section>
        <h2>{t.learnedTitle}</h2>
        <LearnedPanel />
      </section>

      <section>
        <h2>{t.raceTitle}</h2>
        <p className="prose">{t.raceBody}</p>
        <LearningRateRace settings={settings} rates={state.race} onChange={(race) => update({ race })} />
      </section>

      <section>
        <h2>{t.modelTitle}</h2>
        <p className="prose">{t.modelBody}</p>
        <ModelFile />
      </section>
    </>
  );
}
