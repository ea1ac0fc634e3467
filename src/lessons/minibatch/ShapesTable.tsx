import { NotesCell } from '../../components/notes/NotesCell';
import { formatBytes } from '../../data/describe';
import { useLanguage } from '../../i18n/language';
import { useText } from '../../i18n/use-text';
import type { Dataset, ImageSet } from '../../lib/mnist/types';
import { numpyShape } from './numpy-shape';
import { minibatchText } from './text';

interface Row {
  name: string;
  dims: number[];
  bytes: number;
}

/** What the notes' In [27] prints for the data they load. */
const NOTES_SHAPES = 'x_train.shape = (60000, 28, 28)\ny_train.shape = (60000,)\nx_test.shape = (10000, 28, 28)\ny_test.shape = (10000,)';

function rowsFor(name: 'train' | 'test', set: ImageSet): Row[] {
  return [
    { name: `x_${name}`, dims: [set.count, set.rows, set.cols], bytes: set.images.length },
    // The label count read off the labels themselves, so a file pair that disagrees shows it.
    { name: `y_${name}`, dims: [set.labels.length], bytes: set.labels.length },
  ];
}

/** x_train, y_train, x_test, y_test with the shapes the notes print, read off the loaded data. */
export function ShapesTable({ dataset }: { dataset: Dataset }) {
  const t = useText(minibatchText);
  const lang = useLanguage((s) => s.lang);
  const rows = [...rowsFor('train', dataset.train), ...rowsFor('test', dataset.test)];
  return (
    <>
      <table className="data shapes-table">
        <caption>{t.shapesCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.colName}</th>
            <th scope="col">{t.colShape}</th>
            <th scope="col">{t.colType}</th>
            <th scope="col">{t.colBytes}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.name}>
              <th scope="row"><code>{row.name}</code></th>
              <td className="value" data-testid={`shape-${row.name}`}>{numpyShape(row.dims)}</td>
              <td><code>uint8</code></td>
              <td>{formatBytes(row.bytes, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <NotesCell
        cell="27"
        printed={NOTES_SHAPES}
        ours={rows.map((row) => `${row.name}.shape = ${numpyShape(row.dims)}`).join('\n')}
        values={rows.flatMap((row) => row.dims)}
      />
    </>
  );
}
