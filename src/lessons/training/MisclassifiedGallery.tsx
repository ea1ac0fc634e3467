import { DigitImage } from '../../components/DigitImage';
import { fmt, useText } from '../../i18n/use-text';
import { imageAt } from '../../lib/mnist/idx';
import { useMnist } from '../../state/mnist';
import type { RunReport } from '../../protocol/protocol';
import { labels } from './text-labels';

/** The first test digits the network got wrong, each with its true label and the network's answer. */
export function MisclassifiedGallery({ report }: { report: RunReport }) {
  const t = useText(labels);
  const test = useMnist((s) => s.dataset?.test ?? null);
  if (!test || report.misclassified.length === 0) return null;
  return (
    <figure className="misclassified">
      <figcaption>{t.misclassifiedCaption}</figcaption>
      <ul>
        {report.misclassified.filter((m) => m.index < test.count).map((m) => {
          const caption = fmt(t.misclassifiedItem, { label: m.label, predicted: m.predicted });
          return (
            <li key={m.index}>
              <DigitImage pixels={imageAt(test, m.index)} size={56} label={`${fmt(t.testImage, { n: m.index })}: ${caption}`} />
              <span>{caption}</span>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
