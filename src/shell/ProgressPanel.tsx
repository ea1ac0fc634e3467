import { common } from '../i18n/text';
import { fmt, useText } from '../i18n/use-text';
import { LESSONS } from '../lessons/registry';
import { useProgress } from '../state/progress';

/** How many lessons are done, what "done" means, and a way to start over. */
export function ProgressPanel() {
  const t = useText(common);
  const completed = useProgress((s) => s.completed.length);
  const visited = useProgress((s) => s.visited.length);
  const reset = useProgress((s) => s.reset);
  return (
    <div className="progress-panel">
      <p role="status">{fmt(t.progressSummary, { done: completed, total: LESSONS.length })}</p>
      <p className="progress-rule">
        <span aria-hidden="true">◐</span> {t.progressVisited} · <span aria-hidden="true">✓</span> {t.progressCompleted}. {t.progressRule}
      </p>
      <button type="button" onClick={reset} disabled={visited === 0}>{t.progressReset}</button>
    </div>
  );
}
