import { common } from '../i18n/text';
import { fmt, useText } from '../i18n/use-text';
import { lessonKicker, LESSONS, type Lesson } from '../lessons/registry';
import { lessonHref, usePresenter } from '../state/presenter';
import { answeredIn, progressOf, useProgress } from '../state/progress';
import { OfflinePanel } from '../offline/OfflinePanel';
import { ProgressPanel } from './ProgressPanel';

interface LessonNavProps {
  /** The open lesson, or null on a page outside the lessons. */
  current: Lesson | null;
  open: boolean;
  onNavigate: () => void;
}

// Shapes, not only colours, tell the states apart.
const MARKS = { new: '', visited: '◐', completed: '✓' } as const;

/** The table of contents: every section of the notes, in order, with the student's progress. */
export function LessonNav({ current, open, onNavigate }: LessonNavProps) {
  const t = useText(common);
  const [presenting] = usePresenter();
  const progress = useProgress();
  return (
    <nav id="lesson-nav" className={open ? 'lesson-nav open' : 'lesson-nav'} aria-label={t.lessons}>
      <ol>
        {LESSONS.map((lesson) => {
          const state = progressOf(progress, lesson.slug);
          const checks = answeredIn(progress, lesson.slug);
          return (
            <li key={lesson.slug}>
              <a
                href={lessonHref(lesson.slug, presenting)}
                aria-current={lesson === current ? 'page' : undefined}
                data-progress={state}
                onClick={onNavigate}
              >
                <span className="lesson-number" aria-hidden="true">{lesson.number === 0 ? '' : lesson.number}</span>
                <span className="visually-hidden">{lessonKicker(lesson, t)}: </span>
                <span className="lesson-title">{t[lesson.titleKey]}</span>
                {state !== 'new' && (
                  <span className="progress-mark">
                    <span aria-hidden="true">{MARKS[state]}</span>
                    <span className="visually-hidden">
                      {' '}({state === 'completed' ? t.progressCompleted : t.progressVisited}, {fmt(t.progressChecks, checks)})
                    </span>
                  </span>
                )}
              </a>
            </li>
          );
        })}
      </ol>
      <p className="glossary-link">
        <a href={lessonHref('glossary', presenting)} aria-current={current === null ? 'page' : undefined} onClick={onNavigate}>{t.glossary}</a>
      </p>
      <ProgressPanel />
      <OfflinePanel />
    </nav>
  );
}
