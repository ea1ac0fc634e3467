import { common } from '../i18n/text';
import { useText } from '../i18n/use-text';
import { LESSONS, type Lesson } from '../lessons/registry';
import { lessonHref, usePresenter } from '../state/presenter';

/** Previous / next links at the foot of a lesson. */
export function LessonPager({ current }: { current: Lesson }) {
  const t = useText(common);
  const [presenting] = usePresenter();
  const prev = LESSONS[current.number - 1];
  const next = LESSONS[current.number + 1];
  return (
    <nav className="lesson-pager" aria-label={`${t.previous} / ${t.next}`}>
      {prev ? (
        <a href={lessonHref(prev.slug, presenting)} rel="prev">
          ← {t.previous}: {t[prev.titleKey]}
        </a>
      ) : <span />}
      {next && (
        <a href={lessonHref(next.slug, presenting)} rel="next">
          {t.next}: {t[next.titleKey]} →
        </a>
      )}
    </nav>
  );
}
