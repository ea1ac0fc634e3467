import { common } from '../../i18n/common';
import { fmt, useText } from '../../i18n/text';
import { LESSONS, type Lesson } from '../../lessons/registry';

interface LessonNavProps {
  current: Lesson;
  open: boolean;
  onNavigate: () => void;
}

/** The table of contents: every section of the notes, in order. */
export function LessonNav({ current, open, onNavigate }: LessonNavProps) {
  const t = useText(common);
  return (
    <nav id="lesson-nav" className={open ? 'lesson-nav open' : 'lesson-nav'} aria-label={t.lessons}>
      <ol>
        {LESSONS.map((lesson) => (
          <li key={lesson.slug}>
            <a href={`#/${lesson.slug}`} aria-current={lesson === current ? 'page' : undefined} onClick={onNavigate}>
              <span className="lesson-number" aria-hidden="true">{lesson.number}</span>
              <span className="visually-hidden">{fmt(t.lessonLabel, { n: lesson.number })}: </span>
              {t[lesson.titleKey]}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
