import { fmt, useText } from '../../i18n/use-text';
import { useTraining } from '../../state/training';
import { ConfusionMatrix } from './ConfusionMatrix';
import { HiddenUnits } from './HiddenUnits';
import { MisclassifiedGallery } from './MisclassifiedGallery';
import { text } from './text';
import { useDataCounts } from './use-data-counts';

/** The hidden units while training; after a run, where the network goes wrong on the test set. */
export function LearnedPanel() {
  const t = useText(text);
  const report = useTraining((s) => s.report);
  const counts = useDataCounts();
  return (
    <div className="widget learned">
      <p className="prose">{t.hiddenBody}</p>
      <HiddenUnits />
      <p className="prose">{fmt(t.reportBody, counts)}</p>
      {report ? (
        <>
          <ConfusionMatrix report={report} />
          <MisclassifiedGallery report={report} />
        </>
      ) : (
        <p>{t.noReport}</p>
      )}
    </div>
  );
}
