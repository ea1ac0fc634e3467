import type { ReactNode } from 'react';
import { CodeView } from '../../components/CodeView';
import { formatCell } from '../../components/heat-map';
import { MatrixView } from '../../components/MatrixView';
import { NotesBadge } from '../../components/notes/NotesCell';
import { fmt, useText } from '../../i18n/use-text';
import { argmax, fromRows } from '../../lib/matrix';
import { NOTES_PRINT_TOLERANCE, NOTES_SIMPLE_NET, notesMisreadGradient, notesMisreadLoss, SimpleNet } from '../../lib/nets/simple-net';
const simpleNetSource = () => import('../../lib/nets/simple-net.ts?raw');
import { NOTES_PRINTOUT } from './notes-printout';
import { text } from './text';

const { x, t: target } = NOTES_SIMPLE_NET;
const notesNet = new SimpleNet(fromRows(NOTES_SIMPLE_NET.W));
const replayedLoss = notesMisreadLoss(notesNet, x, target);
const replayedGradient = notesMisreadGradient(notesNet, x, target);
const scores = notesNet.predict(x);
const probabilities = notesNet.probabilities(x);
const correctLoss = notesNet.loss(x, target);
const correctGradient = notesNet.numericalGradient(x, target);

const formatVector = (v: Float64Array, decimals: number) => `[${Array.from(v, (e) => formatCell(e, decimals)).join(', ')}]`;

/** The notes' printed loss and gradient, our replay of how they got them, and the correct values. */
export function NotesComparison() {
  const t = useText(text);
  const classLabels = [0, 1, 2].map((k) => fmt(t.classOption, { k }));
  // One colour range for all three gradients, so equal colours mean equal numbers across them.
  const range = Math.max(...replayedGradient.data.map(Math.abs), ...correctGradient.data.map(Math.abs));
  return (
    <div className="ng-comparison">
      <ComparisonRow
        cell="72"
        printedText={NOTES_PRINTOUT.scores}
        values={scores}
        title={t.rowPredict}
        printed={<span className="value">{NOTES_PRINTOUT.scores}</span>}
        replayed={<span className="value">{formatVector(scores, 8)}</span>}
        correct={fmt(t.correctProbabilities, { p: formatVector(probabilities, 4) })}
      />
      <ComparisonRow
        cell="74"
        printedText={NOTES_PRINTOUT.loss}
        values={[correctLoss]}
        replayedValues={[replayedLoss]}
        title={t.rowLoss}
        printed={<span className="big-value" data-testid="notes-printed-loss">{NOTES_PRINTOUT.loss}</span>}
        replayed={<span className="big-value" data-testid="notes-replayed-loss">{formatCell(replayedLoss, 10)}</span>}
        correct={<span className="big-value" data-testid="notes-correct-loss">{formatCell(correctLoss, 10)}</span>}
      />
      <ComparisonRow
        cell="73"
        printedText={NOTES_PRINTOUT.predictedClass}
        values={[argmax(probabilities)]}
        title={t.rowClass}
        printed={<span className="value">{NOTES_PRINTOUT.predictedClass}</span>}
        replayed={<span className="value" data-testid="notes-replayed-class">{argmax(scores)}</span>}
        correct={<span className="value" data-testid="notes-correct-class">{argmax(probabilities)}</span>}
      />
      <h3>{t.rowGradient} <NotesBadge cell="75" printed={NOTES_PRINTOUT.gradient.join('\n')} values={correctGradient.data} replayed={replayedGradient.data} tolerance={NOTES_PRINT_TOLERANCE} /></h3>
      <div className="ng-matrices">
        <figure className="ng-printed">
          <figcaption>{t.colPrinted}</figcaption>
          <pre className="value" data-testid="notes-printed-gradient">{NOTES_PRINTOUT.gradient.join('\n')}</pre>
        </figure>
        <MatrixView label={t.colReplayed} values={replayedGradient.data} rows={2} cols={3} colLabels={classLabels} decimals={8} range={range} />
        <MatrixView label={t.colCorrect} values={correctGradient.data} rows={2} cols={3} colLabels={classLabels} decimals={8} range={range} legend />
      </div>
      <p className="ng-note">{t.precisionNote}</p>
      <aside className="callout" aria-labelledby="ng-callout-title">
        <h3 id="ng-callout-title">{t.calloutTitle}</h3>
        <ol>
          <li>{fmt(t.mistakeTarget, { correct: correctLoss.toFixed(4) })}</li>
          <li>{t.mistakeScores}</li>
        </ol>
        <p>{t.libraryNote}</p>
      </aside>
      <CodeView source={simpleNetSource} fileName="src/lib/nets/simple-net.ts" numpy={() => import('./numpy').then((m) => m.misread)} />
    </div>
  );
}

interface ComparisonRowProps {
  cell: string;
  /** The notes' printout and the numbers it is checked against, for the badge. */
  printedText: string;
  values: ArrayLike<number>;
  replayedValues?: ArrayLike<number>;
  title: string;
  printed: ReactNode;
  replayed: ReactNode;
  correct: ReactNode;
}

/** One quantity three ways: as printed, as the notes' code computes it, and as it should be. */
function ComparisonRow({ cell, printedText, values, replayedValues, title, printed, replayed, correct }: ComparisonRowProps) {
  const t = useText(text);
  return (
    <section className="ng-comparison-row">
      <h3>{title} <NotesBadge cell={cell} printed={printedText} values={values} replayed={replayedValues} tolerance={NOTES_PRINT_TOLERANCE} /></h3>
      <dl>
        <div><dt>{t.colPrinted}</dt><dd>{printed}</dd></div>
        <div><dt>{t.colReplayed}</dt><dd>{replayed}</dd></div>
        <div><dt>{t.colCorrect}</dt><dd>{correct}</dd></div>
      </dl>
    </section>
  );
}
