import { useMemo } from 'react';
import { CodeView } from '../../components/CodeView';
import { fmt, useText } from '../../i18n/use-text';
import { notesCeeWithOneHot, notesOneHotCeeWithLabels, predictions, type PredictorKind } from '../../lib/mnist/batch-cee';
import { labelBatch } from '../../lib/mnist/batch';
import { crossEntropyError, oneHot } from '../../lib/losses';
import { fromRows } from '../../lib/matrix';
import { NOTES_PRINT_TOLERANCE, NOTES_SIMPLE_NET, notesMisreadLoss, SimpleNet } from '../../lib/nets/simple-net';
import { NotesBadge } from '../../components/notes/NotesCell';
import { CLASSES } from '../notes-loss-example';
const batchCeeSource = () => import('../../lib/mnist/batch-cee.ts?raw');
import { ceeText } from './text-cee';

/** What the notes print for simpleNet, quoted to compare with the values recomputed from their W. */
const NOTES_PRINTED_LOSS = '2.4266863149107696';
const NOTES_PRINTED_SCORES = '[ 0.56284415 -0.07093683 -0.68461625]';

const format = (v: number) => v.toFixed(10);

interface NotesMixupProps {
  trainLabels: Uint8Array;
  indices: Int32Array | null;
  predictor: PredictorKind;
  confidence: number;
}

/** The notes' one-hot/label mix-up: their printed numbers, then the same mistake on the drawn batch. */
export function NotesMixup({ trainLabels, indices, predictor, confidence }: NotesMixupProps) {
  const t = useText(ceeText);
  const notes = useMemo(() => {
    // The same network and numbers as the lesson on gradients in a network, so both lessons print the same digits.
    const net = new SimpleNet(fromRows(NOTES_SIMPLE_NET.W));
    const { x, t: target } = NOTES_SIMPLE_NET;
    return {
      scores: Array.from(net.predict(x)),
      probs: Array.from(net.probabilities(x)),
      wrong: notesMisreadLoss(net, x, target),
      right: net.loss(x, target),
    };
  }, []);
  const batch = useMemo(() => {
    if (!indices) return null;
    const labels = labelBatch(trainLabels, indices);
    const yHat = predictions(predictor, labels, confidence, CLASSES);
    return { right: crossEntropyError(yHat, labels), oneHotIntoLabels: notesCeeWithOneHot(yHat, oneHot(labels, CLASSES)), labelsIntoOneHot: notesOneHotCeeWithLabels(yHat, labels) };
  }, [trainLabels, indices, predictor, confidence]);

  const outcome = (value: number | null, error: string) =>
    value === null ? <code className="numpy-error">{fmt(error, { n: indices?.length ?? 0, k: CLASSES })}</code> : fmt(t.silentWrong, { value: format(value), right: format(batch?.right ?? Number.NaN) });

  return (
    <aside className="callout mixup" aria-labelledby="mixup-title">
      <h3 id="mixup-title">{t.mixupTitle}</h3>
      <p className="prose">{t.mixupBody}</p>
      <p className="prose">
        <NotesBadge cell="72" printed={NOTES_PRINTED_SCORES} values={notes.scores} tolerance={NOTES_PRINT_TOLERANCE} />{' '}
        {fmt(t.notesScores, { printed: NOTES_PRINTED_SCORES, scores: `[${notes.scores.map((a) => a.toFixed(8)).join(', ')}]`, probs: `[${notes.probs.map((p) => p.toFixed(4)).join(', ')}]` })}
      </p>
      <dl className="cee-results">
        <div>
          <dt>{t.notesValue}</dt>
          <dd className="big-value" data-testid="notes-wrong">{format(notes.wrong)}</dd>
        </div>
        <div>
          <dt>{t.rightValue}</dt>
          <dd className="big-value" data-testid="notes-right">{format(notes.right)}</dd>
        </div>
      </dl>
      <p className="muted">
        <NotesBadge cell="74" printed={NOTES_PRINTED_LOSS} values={[notes.right]} replayed={[notes.wrong]} tolerance={NOTES_PRINT_TOLERANCE} />{' '}
        {fmt(t.notesPrinted, { printed: NOTES_PRINTED_LOSS })}
      </p>
      {batch && indices && (
        <>
          <h4>{fmt(t.batchMixTitle, { n: indices.length })}</h4>
          <ul className="mixup-batch">
            <li data-testid="mix-onehot-into-labels"><strong>{t.oneHotIntoLabels}</strong>: {outcome(batch.oneHotIntoLabels, t.indexError)}</li>
            <li data-testid="mix-labels-into-onehot"><strong>{t.labelsIntoOneHot}</strong>: {outcome(batch.labelsIntoOneHot, t.broadcastError)}</li>
          </ul>
        </>
      )}
      <p className="prose">{t.whyTen}</p>
      <CodeView source={batchCeeSource} fileName="src/lib/mnist/batch-cee.ts" from="export function notesCeeWithOneHot" numpy={() => import('./numpy').then((m) => m.mixup)} />
    </aside>
  );
}
