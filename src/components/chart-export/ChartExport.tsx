import { useState, type RefObject } from 'react';
import { fmt, useText } from '../../i18n/use-text';
import type { ChartLabels } from './chart-svg';
import { chartExportText } from './text';

interface ChartExportProps extends ChartLabels {
  /** The element holding the chart (and its legend). */
  chart: RefObject<HTMLElement | null>;
  /** File name without extension. */
  fileName: string;
}

/**
 * PNG and SVG buttons for one chart, for slides. The exporting code loads on the first click, so the
 * buttons cost lessons that show charts on their first visit almost nothing.
 */
export function ChartExport({ chart, fileName, ...labels }: ChartExportProps) {
  const t = useText(chartExportText);
  const [failed, setFailed] = useState(false);
  const save = async (format: 'png' | 'svg') => {
    setFailed(false);
    const element = chart.current;
    if (!element) return;
    try {
      const { saveChart } = await import('./save-chart');
      await saveChart(element, labels, format, fileName);
    } catch {
      setFailed(true);
    }
  };
  return (
    <div className="chart-export" role="group" aria-label={fmt(t.group, { title: labels.title })}>
      <button type="button" aria-label={fmt(t.pngNamed, { title: labels.title })} onClick={() => void save('png')}>{t.png}</button>
      <button type="button" aria-label={fmt(t.svgNamed, { title: labels.title })} onClick={() => void save('svg')}>{t.svg}</button>
      {failed && <span className="field-error" role="alert">{t.failed}</span>}
    </div>
  );
}
