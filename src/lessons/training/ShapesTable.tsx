import { fmt, useText } from '../../i18n/use-text';
import { parameterCount } from '../../lib/nets/two-layer-params';
import { labels } from './text-labels';

const INPUT = 784;
const OUTPUT = 10;

/** TwoLayerNet's parameter shapes for the chosen hidden size, and how many numbers that is. */
export function ShapesTable({ hiddenSize }: { hiddenSize: number }) {
  const t = useText(labels);
  const rows: [string, string, number][] = [
    ['W1', `${INPUT} × ${hiddenSize}`, INPUT * hiddenSize],
    ['b1', `${hiddenSize}`, hiddenSize],
    ['W2', `${hiddenSize} × ${OUTPUT}`, hiddenSize * OUTPUT],
    ['b2', `${OUTPUT}`, OUTPUT],
  ];
  const total = parameterCount({ inputSize: INPUT, hiddenSize, outputSize: OUTPUT });
  return (
    <table className="data shapes-table">
      <caption>{fmt(t.shapesCaption, { hidden: hiddenSize })}</caption>
      <thead>
        <tr>
          <th scope="col">{t.shapesParam}</th>
          <th scope="col">{t.shapesShape}</th>
          <th scope="col">{t.shapesCount}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([name, shape, count]) => (
          <tr key={name}>
            <th scope="row"><code>{name}</code></th>
            <td>{shape}</td>
            <td>{count.toLocaleString('en-US')}</td>
          </tr>
        ))}
        <tr>
          <th scope="row">{t.shapesTotal}</th>
          <td />
          <td data-testid="parameter-count"><strong>{total.toLocaleString('en-US')}</strong></td>
        </tr>
      </tbody>
    </table>
  );
}
