import { useMemo } from 'react';
import { CodeView } from '../../components/CodeView';
import { MnistFilePicker } from '../../components/MnistFilePicker';
import { MnistStatus } from '../../components/MnistStatus';
import { UrlWarning } from '../../components/UrlWarning';
import { useText } from '../../i18n/use-text';
import { sampleBatchIndices } from '../../lib/mnist/sample';
const idxSource = () => import('../../lib/mnist/idx.ts?raw');
const sampleSource = () => import('../../lib/mnist/sample.ts?raw');
import { useMnist } from '../../state/mnist';
import { useUrlState } from '../../state/url-state';
import { BatchCee } from './BatchCee';
import { BatchView } from './BatchView';
import { Gallery } from './Gallery';
import { NotesMixup } from './NotesMixup';
import { Sampler } from './Sampler';
import { ShapesTable } from './ShapesTable';
import { minibatchText } from './text';
import { ceeText } from './text-cee';
import { minibatchUrlTable } from './url-state';
import './minibatch.css';

export default function Page() {
  const t = useText(minibatchText);
  const tc = useText(ceeText);
  const [state, update, invalid] = useUrlState(minibatchUrlTable);
  const dataset = useMnist((s) => s.dataset);
  const indices = useMemo(
    () => (dataset && state.drawn ? sampleBatchIndices(state.seed, dataset.train.count, state.n) : null),
    [dataset, state.drawn, state.seed, state.n],
  );

  return (
    <>
      <UrlWarning keys={invalid} />
      <p className="prose">{t.introBody}</p>
      <section aria-labelledby="data-title">
        <h2 id="data-title">{t.dataTitle}</h2>
        <p className="prose">{t.dataBody}</p>
        <MnistStatus />
        <MnistFilePicker />
        {dataset && (
          <>
            <h3>{t.shapesTitle}</h3>
            <p className="prose">{t.shapesBody}</p>
            <ShapesTable dataset={dataset} />
            <CodeView source={idxSource} fileName="src/lib/mnist/idx.ts" from="export function parseIdx" to="return { dims, data: bytes.subarray(headerLength) };" />
          </>
        )}
      </section>
      {dataset && (
        <>
          <section aria-labelledby="gallery-title">
            <h2 id="gallery-title">{t.galleryTitle}</h2>
            <p className="prose">{t.galleryBody}</p>
            <Gallery dataset={dataset} set={state.set} cls={state.cls} from={state.from} onChange={update} />
          </section>
          <section aria-labelledby="sampler-title">
            <h2 id="sampler-title">{t.samplerTitle}</h2>
            <p className="prose">{t.samplerBody}</p>
            <div className="widget">
              <Sampler n={state.n} seed={state.seed} drawn={state.drawn} trainSize={dataset.train.count} onChange={update} />
              {indices && <BatchView train={dataset.train} indices={indices} />}
              <CodeView source={sampleSource} fileName="src/lib/mnist/sample.ts" to="export function classCounts" />
            </div>
          </section>
          <section aria-labelledby="cee-title">
            <h2 id="cee-title">{tc.ceeTitle}</h2>
            <p className="prose">{tc.ceeBody}</p>
            {indices ? (
              <BatchCee trainLabels={dataset.train.labels} indices={indices} predictor={state.pred} confidence={state.conf} onChange={update} />
            ) : (
              <p className="notice">{tc.needBatch}</p>
            )}
            <NotesMixup trainLabels={dataset.train.labels} indices={indices} predictor={state.pred} confidence={state.conf} />
          </section>
        </>
      )}
    </>
  );
}
