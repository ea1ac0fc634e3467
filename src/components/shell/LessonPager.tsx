import { common } from '../../i18n/common';
import { useText } from '../../i18n/text';
import { LESSONS, type Lesson } from '../../lessons/registry';

/** Previous / next links at the foot of a lesson. */
export function LessonPager({ current }: { current: Lesson }) {
  const t = useText(common);
  const prev = LESSONS[current.number - 1];
  const next = LESSONS[current.number + 1];
  return (
    <nav className="lesson-pager" aria-label={`${t.previous} / ${t.next}`}>
      {prev ? (
        <a href={`#/${prev.slug}`} rel="prev">
          ← {t.previous}: {t[prev.titleKey]}
        </a>
      ) : <span />}
      {next && (
        <a href={`#/${next.slug}`} rel="next">
          {t.next}: {t[next.titleKey]} →
        </a>
      )}
    </nav>
  );
}
