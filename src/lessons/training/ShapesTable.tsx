import { useState } from 'react';
import { NotesCell } from '../../components/notes/NotesCell';
import { fmt, useText } from '../../i18n/use-text';
import { parameterCount } from '../../lib/nets/two-layer-params';
import { labels } from './text-labels';

const INPUT = 784;
const OUTPUT = 10;
/** The hidden size of the notes' cell In [77], which prints the four shapes. */
const NOTES_HIDDEN = 100;
const NOTES_SHAPES = '(784, 100)\n(100,)\n(100, 10)\n(10,)';

/** W1, b1, W2, b2 and their dimensions for a 784-H-10 network. */
function shapes(hiddenSize: number): [string, number[]][] {
  return [['W1', [INPUT, hiddenSize]], ['b1', [hiddenSize]], ['W2', [hiddenSize, OUTPUT]], ['b2', [OUTPUT]]];
}

/** The shapes as NumPy prints them: (784, 100), (100,), … */
export function numpyShapes(hiddenSize: number): string {
  return shapes(hiddenSize).map(([, dims]) => (dims.length === 1 ? `(${dims[0]},)` : `(${dims.join(', ')})`)).join('\n');
}

/** TwoLayerNet's parameter shapes for the run's hidden size, or for the notes' 100 (their In [77]), and how many numbers that is. */
export function ShapesTable({ hiddenSize }: { hiddenSize: number }) {
  const t = useText(labels);
  const [asNotes, setAsNotes] = useState(false);
  const hidden = asNotes ? NOTES_HIDDEN : hiddenSize;
  const rows = shapes(hidden);
  const total = parameterCount({ inputSize: INPUT, hiddenSize: hidden, outputSize: OUTPUT });
  return (
    <div className="shapes">
      <label className="shapes-toggle">
        <input type="checkbox" checked={asNotes} onChange={(e) => setAsNotes(e.target.checked)} />
        {t.shapesAsNotes}
      </label>
      <table className="data shapes-table">
        <caption>{fmt(t.shapesCaption, { hidden })}</caption>
        <thead>
          <tr>
            <th scope="col">{t.shapesParam}</th>
            <th scope="col">{t.shapesShape}</th>
            <th scope="col">{t.shapesCount}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([name, dims]) => (
            <tr key={name}>
              <th scope="row"><code>{name}</code></th>
              <td>{dims.join(' × ')}</td>
              <td>{dims.reduce((a, b) => a * b).toLocaleString('en-US')}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t.shapesTotal}</th>
            <td />
            <td data-testid="parameter-count"><strong>{total.toLocaleString('en-US')}</strong></td>
          </tr>
        </tbody>
      </table>
      {asNotes && <NotesCell cell="77" printed={NOTES_SHAPES} ours={numpyShapes(hidden)} values={rows.flatMap(([, dims]) => dims)} />}
    </div>
  );
}
