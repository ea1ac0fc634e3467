import { common } from '../i18n/text';
import { fmt, useText } from '../i18n/use-text';
import { LESSONS } from '../lessons/registry';
import { ALL_CHECK_KEYS } from '../state/lesson-checks';
import { progressOf, useProgress } from '../state/progress';

/** How many lessons are done, what "done" means, and a way to start over. */
export function ProgressPanel() {
  const t = useText(common);
  const progress = useProgress();
  const finished = LESSONS.filter((lesson) => progressOf(progress, lesson.slug) === 'completed').length;
  const answered = Object.keys(progress.answers).length;
  const started = answered > 0 || Object.keys(progress.visited).length > 0;
  return (
    <div className="progress-panel">
      <p role="status">
        {fmt(t.progressSummary, { done: finished, total: LESSONS.length })}{' '}
        {fmt(t.progressAnswers, { answered, total: ALL_CHECK_KEYS.length })}
      </p>
      <p className="progress-rule">
        <span aria-hidden="true">◐</span> {t.progressVisited} · <span aria-hidden="true">✓</span> {t.progressCompleted}. {t.progressRule}
      </p>
      <button type="button" onClick={progress.reset} disabled={!started}>{t.progressReset}</button>
    </div>
  );
}
