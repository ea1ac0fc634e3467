import { Suspense, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { ErrorBoundary } from './components/ErrorBoundary';
import { SettingsStorageNotice } from './components/SettingsStorageNotice';
import { LanguageSwitch } from './shell/LanguageSwitch';
import { LessonNav } from './shell/LessonNav';
import { LessonPager } from './shell/LessonPager';
import { NotesWindow } from './shell/NotesWindow';
import { isMissingChunk } from './shell/missing-chunk';
import { PresenterToggle } from './shell/PresenterToggle';
import { ShareButton } from './shell/ShareButton';
import { SpeakerNotes } from './shell/SpeakerNotes';
import { StepReveal } from './shell/StepReveal';
import { rememberedScroll, restoreScroll, useScrollMemory } from './shell/scroll-memory';
import { useHeaderHeight } from './shell/use-header-height';
import './shell/classroom.css';
import { common } from './i18n/text';
import { useLanguage } from './i18n/language';
import { fmt, useText } from './i18n/use-text';
import { findLesson, GLOSSARY_PAGE, lessonKicker, LESSONS } from './lessons/registry';
import { lessonHref, usePresenter } from './state/presenter';
import { useProgress } from './state/progress';
import { useRoute } from './state/route';

export function App() {
  const t = useText(common);
  const lang = useLanguage((s) => s.lang);
  const path = useRoute((s) => s.path);
  const [menuOpen, setMenuOpen] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const header = useRef<HTMLElement>(null);
  useHeaderHeight(header);
  useScrollMemory();
  const firstRender = useRef(true);

  const [redirected, setRedirected] = useState(false);
  const [presenting] = usePresenter();
  const markVisited = useProgress((s) => s.markVisited);

  const lesson = findLesson(path) ?? LESSONS[0];
  const glossary = path === GLOSSARY_PAGE.slug;
  const page = glossary ? GLOSSARY_PAGE : lesson;

  // An empty or unknown path opens the first lesson under its own address, so its state is shareable.
  useEffect(() => {
    if (findLesson(path) || path === GLOSSARY_PAGE.slug) return;
    if (path !== '') setRedirected(true);
    history.replaceState(history.state, '', `#/${LESSONS[0].slug}`);
    useRoute.setState({ path: LESSONS[0].slug, search: '' });
  }, [path]);

  useEffect(() => {
    if (redirected && findLesson(path) && path !== LESSONS[0].slug) setRedirected(false);
  }, [path, redirected]);

  useEffect(() => {
    if (findLesson(path)) markVisited(lesson.slug);
  }, [path, lesson, markVisited]);

  // On the root element so rem-based sizes grow with the presenter's larger type; before other
  // effects, which measure the page in its presenter layout.
  useLayoutEffect(() => {
    document.documentElement.classList.toggle('presenter', presenting);
  }, [presenting]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${t[page.titleKey]} · ${t.appTitle}`;
  }, [lang, page, t]);

  // Move focus to the new lesson's title so keyboard and screen-reader users land on it; a page opened
  // afresh starts at its top, one returned to by Back or Forward where it was left.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    heading.current?.focus({ preventScroll: true });
    const remembered = rememberedScroll();
    if (remembered === null) window.scrollTo({ top: 0 });
    else restoreScroll(remembered);
  }, [page]);

  const Page = page.Page;
  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={(e) => { e.preventDefault(); heading.current?.focus(); }}>
        {t.skipToContent}
      </a>
      <header className="app-header" ref={header}>
        <div className="brand">
          <a href={lessonHref(LESSONS[0].slug, presenting)} className="app-title">{t.appTitle}</a>
          <span className="app-subtitle">{t.appSubtitle}</span>
        </div>
        <button type="button" className="menu-button" aria-expanded={menuOpen} aria-controls="lesson-nav" onClick={() => setMenuOpen((o) => !o)}>
          <span aria-hidden="true">☰</span> {t.menu}
        </button>
        <ShareButton />
        <PresenterToggle />
        <LanguageSwitch />
      </header>
      <NotesWindow />
      <div className="app-body">
        <LessonNav current={glossary ? null : lesson} open={menuOpen} onNavigate={() => setMenuOpen(false)} />
        <main id="main" className="lesson">
          <SettingsStorageNotice />
          {redirected && <p className="notice notice-warning" role="status">{t.notFound}</p>}
          {presenting && <p className="presenter-hint">{t.presenterHint}</p>}
          {!glossary && <p className="lesson-kicker">{lessonKicker(lesson, t)}</p>}
          <h1 ref={heading} tabIndex={-1}>{t[page.titleKey]}</h1>
          <ErrorBoundary
            key={page.slug}
            fallback={(error, reset) => (
              <div className="notice notice-error" role="alert">
                <p>{isMissingChunk(error) ? t.pageMissing : fmt(t.pageError, { message: error.message })}</p>
                <button type="button" onClick={reset}>{t.retry}</button>
              </div>
            )}
          >
            {!glossary && <SpeakerNotes slug={lesson.slug} />}
            <StepReveal>
              <Suspense fallback={<p role="status">{t.loading}</p>}>
                <Page />
              </Suspense>
            </StepReveal>
          </ErrorBoundary>
          {!glossary && <LessonPager current={lesson} />}
        </main>
      </div>
    </div>
  );
}
