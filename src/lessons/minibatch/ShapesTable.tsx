import { formatBytes } from '../../data/describe';
import { useLanguage } from '../../i18n/language';
import { useText } from '../../i18n/use-text';
import type { Dataset, ImageSet } from '../../lib/mnist/types';
import { minibatchText } from './text';

interface Row {
  name: string;
  shape: string;
  bytes: number;
}

function rowsFor(name: 'train' | 'test', set: ImageSet): Row[] {
  return [
    { name: `x_${name}`, shape: `(${set.count}, ${set.rows}, ${set.cols})`, bytes: set.images.length },
    { name: `y_${name}`, shape: `(${set.count},)`, bytes: set.labels.length },
  ];
}

/** x_train, y_train, x_test, y_test with the shapes the notes print, read off the loaded data. */
export function ShapesTable({ dataset }: { dataset: Dataset }) {
  const t = useText(minibatchText);
  const lang = useLanguage((s) => s.lang);
  const rows = [...rowsFor('train', dataset.train), ...rowsFor('test', dataset.test)];
  return (
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
            <td className="value" data-testid={`shape-${row.name}`}>{row.shape}</td>
            <td><code>uint8</code></td>
            <td>{formatBytes(row.bytes, lang)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
