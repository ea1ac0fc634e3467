import { useEffect, useRef } from 'react';
import { common } from '../i18n/text';
import { useText } from '../i18n/use-text';
import { LESSONS, type Lesson } from '../lessons/registry';
import { lessonHref, usePresenter } from '../state/presenter';
import { useProgress } from '../state/progress';

/** Previous / next links at the foot of a lesson; reaching them by scrolling completes the lesson. */
export function LessonPager({ current }: { current: Lesson }) {
  const t = useText(common);
  const [presenting] = usePresenter();
  const markCompleted = useProgress((s) => s.markCompleted);
  const foot = useRef<HTMLElement>(null);
  const prev = LESSONS[current.number - 1];
  const next = LESSONS[current.number + 1];

  useEffect(() => {
    const el = foot.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    // Only a scroll counts: a foot already on screen when the page opens says nothing about reading.
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting) && window.scrollY > 0) markCompleted(current.slug);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [current, markCompleted]);

  return (
    <nav ref={foot} className="lesson-pager" aria-label={`${t.previous} / ${t.next}`}>
      {prev ? (
        <a href={lessonHref(prev.slug, presenting)} rel="prev">
          ← {t.previous}: {t[prev.titleKey]}
        </a>
      ) : <span />}
      {next && (
        <a href={lessonHref(next.slug, presenting)} rel="next" onClick={() => markCompleted(current.slug)}>
          {t.next}: {t[next.titleKey]} →
        </a>
      )}
    </nav>
  );
}
