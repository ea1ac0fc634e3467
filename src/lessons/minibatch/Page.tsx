import { useMemo } from 'react';
import { Check } from '../../components/check/Check';
import { Veil } from '../../components/check/Veil';
import { CodeView } from '../../components/CodeView';
import { Formula } from '../../components/Formula';
import { LessonSummary } from '../../components/LessonSummary';
import { MnistFilePicker } from '../../components/MnistFilePicker';
import { MnistStatus } from '../../components/MnistStatus';
import { NotationBox } from '../../components/NotationBox';
import { P } from '../../components/RichText';
import { UrlWarning } from '../../components/UrlWarning';
import { common } from '../../i18n/text';
import { useText } from '../../i18n/use-text';
import { sampleBatchIndices } from '../../lib/mnist/sample';
const idxSource = () => import('../../lib/mnist/idx.ts?raw');
const sampleSource = () => import('../../lib/mnist/sample.ts?raw');
import { useMnist } from '../../state/mnist';
import { linkNames, useUrlState } from '../../state/url-state';
import { BatchCee } from './BatchCee';
import { BatchView } from './BatchView';
import { CHECKS } from './checks';
import { Gallery } from './Gallery';
import { NotesBatchShapes } from './NotesBatchShapes';
import { NotesMixup } from './NotesMixup';
import { Sampler } from './Sampler';
import { ShapesTable } from './ShapesTable';
import { BATCH_CEE_TEX } from './symbols';
import { checksText } from './text-checks';
import { minibatchText } from './text';
import { ceeText } from './text-cee';
import { minibatchUrlTable } from './url-state';
import './minibatch.css';

export default function Page() {
  const t = useText(minibatchText);
  const tc = useText(ceeText);
  const checks = useText(checksText);
  const shared = useText(common);
  const [state, update, invalid] = useUrlState(minibatchUrlTable);
  const dataset = useMnist((s) => s.dataset);
  const indices = useMemo(
    () => (dataset ? sampleBatchIndices(state.seed, dataset.train.count, state.n) : null),
    [dataset, state.seed, state.n],
  );
  const notation = [
    { tex: 'y_{nk}', meaning: tc['n.y'], code: 'y_true (one-hot)' },
    { tex: 't_n', meaning: tc['n.t'], code: 'y_batch, y_true' },
    { tex: String.raw`\hat y_{nk}`, meaning: tc['n.yhat'], code: 'y_pred' },
    { tex: 'N', meaning: tc['n.N'], code: 'batch_size' },
    { tex: 'K', meaning: tc['n.K'], code: '—' },
  ];

  return (
    <>
      <UrlWarning
        keys={invalid}
        names={linkNames(minibatchUrlTable, { set: t.gallerySet, cls: t.galleryClass, from: t.galleryFrom, n: t.batchSize, seed: t.seed, pred: tc.predictor, conf: tc.confidence })}
      />
      <section aria-labelledby="data-title">
        <P className="prose" text={t.introBody} />
        <h2 id="data-title">{t.dataTitle}</h2>
        <p className="prose">{t.dataBody}</p>
        <MnistStatus />
        <MnistFilePicker />
        {dataset && (
          <>
            <h3>{t.shapesTitle}</h3>
            <P className="prose" text={t.shapesBody} />
            <ShapesTable dataset={dataset} />
            <CodeView source={idxSource} fileName="src/lib/mnist/idx.ts" from="export function parseIdx" to="return { dims, data: bytes.subarray(headerLength) };" numpy={() => import('./numpy').then((m) => m.idx)} />
          </>
        )}
      </section>
      {dataset && (
        <section aria-labelledby="gallery-title">
          <h2 id="gallery-title">{t.galleryTitle}</h2>
          <p className="prose">{t.galleryBody}</p>
          <Gallery dataset={dataset} set={state.set} cls={state.cls} from={state.from} onChange={update} />
        </section>
      )}
      <section aria-labelledby="sampler-title">
        <h2 id="sampler-title">{t.samplerTitle}</h2>
        <Check slug="minibatch" spec={CHECKS.shape} text={checks} onShow={() => update({ n: 10 })} showTarget="mb-sampler" />
        <Check slug="minibatch" spec={CHECKS.repeat} text={checks} onShow={() => update({ n: 1000 })} showTarget="mb-sampler" />
        <P className="prose" text={t.samplerBody} />
        {dataset && (
          <div className="widget" id="mb-sampler">
            <Sampler n={state.n} seed={state.seed} trainSize={dataset.train.count} onChange={update} />
            {indices && <BatchView train={dataset.train} indices={indices} />}
            <Veil slug="minibatch" checks={['shape']}>
              <NotesBatchShapes train={dataset.train} seed={state.seed} n={state.n} />
            </Veil>
            <CodeView source={sampleSource} fileName="src/lib/mnist/sample.ts" to="export function classCounts" numpy={() => import('./numpy').then((m) => m.sample)} />
          </div>
        )}
      </section>
      <section aria-labelledby="cee-title">
        <h2 id="cee-title">{tc.ceeTitle}</h2>
        <p className="prose">{tc.ceeBody}</p>
        <Formula tex={BATCH_CEE_TEX} display />
        <NotationBox rows={notation} />
        <Check slug="minibatch" spec={CHECKS.uniform} text={checks} onShow={() => update({ pred: 'uniform', n: 1000 })} showTarget="mb-batch-cee" />
        {dataset && indices && (
          <div id="mb-batch-cee">
            <BatchCee trainLabels={dataset.train.labels} indices={indices} predictor={state.pred} confidence={state.conf} onChange={update} />
          </div>
        )}
        {dataset && <NotesMixup trainLabels={dataset.train.labels} indices={indices} predictor={state.pred} confidence={state.conf} />}
      </section>
      <LessonSummary points={[tc.learned1, tc.learned2, tc.learned3]} bridge={tc.bridge} next={{ href: '#/numerical-diff', title: shared['lesson.numerical-diff'] }} />
    </>
  );
}
