import { useState } from 'react';
import { MatrixView } from '../../components/MatrixView';
import { fmt, useText } from '../../i18n/use-text';
import { fromRows } from '../../lib/matrix';
import { correctScoreGradient, misreadDescent, misreadScoreGradient } from '../../lib/nets/misread-descent';
import { NOTES_SIMPLE_NET, notesMisreadLoss, SimpleNet } from '../../lib/nets/simple-net';
import { DescentCharts, type DescentPoint } from './DescentCharts';
import { text } from './text';
import { misreadText } from './text-misread';

const { x, t: target } = NOTES_SIMPLE_NET;
const TRUE_CLASS = target.indexOf(1);
const LEARNING_RATE = 0.1;
const RUN_STEPS = 50;
const notesNet = new SimpleNet(fromRows(NOTES_SIMPLE_NET.W));

function pointOf(net: SimpleNet, step: number): DescentPoint {
  const y = net.probabilities(x);
  return { step, loss: net.loss(x, target), notesLoss: notesMisreadLoss(net, x, target), y0: y[0], y1: y[1], y2: y[2] };
}

/** Gradient descent on the notes' misread loss from the notes' W: the wrong class rises, the true one sinks. */
export function MisreadDescent() {
  const t = useText(text);
  const m = useText(misreadText);
  const [path, setPath] = useState<{ net: SimpleNet; points: DescentPoint[] }>({ net: notesNet, points: [pointOf(notesNet, 0)] });
  const run = () => {
    const nets = misreadDescent(path.net, x, target, LEARNING_RATE, RUN_STEPS).slice(1);
    const last = path.points[path.points.length - 1].step;
    setPath({ net: nets[nets.length - 1], points: [...path.points, ...nets.map((net, i) => pointOf(net, last + i + 1))] });
  };
  const first = path.points[0];
  const latest = path.points[path.points.length - 1];
  const classLabels = [0, 1, 2].map((k) => fmt(t.classOption, { k }));
  const correct = correctScoreGradient(path.net, x, target);
  const misread = misreadScoreGradient(path.net, x, target);
  const range = Math.max(...correct.map(Math.abs), ...misread.map(Math.abs));
  return (
    <section className="ng-misread" aria-labelledby="ng-misread-title">
      <h3 id="ng-misread-title">{m.title}</h3>
      <p className="prose">{m.body}</p>
      <div className="widget-row">
        <button type="button" className="primary" onClick={run}>{m.run}</button>
        <button type="button" disabled={latest.step === 0} onClick={() => setPath({ net: notesNet, points: [first] })}>{m.reset}</button>
      </div>
      <p role="status" data-testid="misread-summary">
        {latest.step === 0
          ? m.notYet
          : fmt(m.summary, {
              n: latest.step,
              from0: first.y0.toFixed(4),
              to0: latest.y0.toFixed(4),
              from2: first.y2.toFixed(4),
              to2: latest.y2.toFixed(4),
              fromLoss: first.loss.toFixed(4),
              toLoss: latest.loss.toFixed(4),
              fromNotes: (first.notesLoss ?? Number.NaN).toFixed(4),
              toNotes: (latest.notesLoss ?? Number.NaN).toFixed(4),
            })}
      </p>
      <p className="ng-note">{fmt(m.atStep, { n: latest.step })}</p>
      <div className="ng-matrices">
        <MatrixView label={m.correctGradient} values={correct} rows={1} cols={3} colLabels={classLabels} decimals={4} range={range} />
        <MatrixView label={m.misreadGradient} values={misread} rows={1} cols={3} colLabels={classLabels} decimals={4} range={range} legend />
      </div>
      {/* Both losses: descent does lower the one it is given, while the one that matters climbs. */}
      <DescentCharts points={path.points} trueClass={TRUE_CLASS} lossNames={{ correct: m.correctLoss, notes: m.notesLoss }} />
    </section>
  );
}
