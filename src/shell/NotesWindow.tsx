import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import { common } from '../i18n/text';
import { useLanguage } from '../i18n/language';
import { fmt, useText } from '../i18n/use-text';
import { findLesson, GLOSSARY_PAGE } from '../lessons/registry';
import { stepOf, usePresenter } from '../state/presenter';
import { useRoute } from '../state/route';
import { NoteParts } from './NoteParts';
import { closeNotesWindow, useNotesWindow } from './notes-window';
import { noteOf, speakerNotes } from './speaker-notes';
import { goToStep, useClickerKeys, useStepOutline } from './step-outline';
import { classroomText } from './text-classroom';

/** How often a notes window closed by the presenter is noticed (a closing window may not say so). */
const CLOSED_CHECK_MS = 1000;

/** The notes window's page: the lesson, where the steps are, what comes next, and the note. */
function NotesView({ win }: { win: Window }) {
  const t = useText(classroomText);
  const c = useText(common);
  const notes = useText(speakerNotes);
  const lang = useLanguage((s) => s.lang);
  const path = useRoute((s) => s.path);
  const search = useRoute((s) => s.search);
  const count = useStepOutline((s) => s.count);
  const titles = useStepOutline((s) => s.titles);
  const lesson = findLesson(path);
  const title = lesson ? c[lesson.titleKey] : path === GLOSSARY_PAGE.slug ? c[GLOSSARY_PAGE.titleKey] : '';
  const step = Math.min(stepOf(search), Math.max(count, 1));
  const note = lesson ? noteOf(notes, lesson.slug) : null;

  useEffect(() => {
    win.document.title = fmt(t.notesWindowTitle, { lesson: title });
    win.document.documentElement.lang = lang;
  }, [win, t, title, lang]);

  // A clicker sends its keys to whichever window has the focus: this one turns the steps too.
  useClickerKeys(win, step);

  return (
    <main>
      <h1>{fmt(t.notesWindowTitle, { lesson: title })}</h1>
      {count > 1 && (
        <>
          <nav aria-label={t.steps}>
            <button type="button" onClick={() => goToStep(step - 1)} disabled={step <= 1}>← {t.previousStep}</button>
            <span role="status" data-testid="notes-window-step">{fmt(t.stepOf, { step, count })}</span>
            <button type="button" onClick={() => goToStep(step + 1)} disabled={step >= count}>{t.nextStep} →</button>
          </nav>
          <dl className="notes-outline">
            <dt>{t.nowShowing}</dt>
            <dd data-testid="notes-window-now">{titles[step - 1] || '—'}</dd>
            <dt>{t.comingNext}</dt>
            <dd data-testid="notes-window-next">{step < count ? titles[step] || '—' : t.lastStep}</dd>
          </dl>
        </>
      )}
      {note ? <NoteParts note={note} t={t} /> : <p>{t.notesNone}</p>}
      <p className="notes-private">{t.notesWindowPrivate}</p>
    </main>
  );
}

/**
 * Draws the notes window while it is open and presenter mode is on. It lives outside the lesson, so
 * moving to another lesson keeps the window and changes what it says.
 */
export function NotesWindow() {
  const win = useNotesWindow((s) => s.win);
  const [presenting] = usePresenter();

  useEffect(() => {
    if (!presenting) closeNotesWindow();
  }, [presenting]);

  useEffect(() => {
    if (!win) return;
    // The window's content is this page's: it goes when the page does.
    const onLeave = () => win.close();
    const timer = window.setInterval(() => {
      if (win.closed) useNotesWindow.setState({ win: null });
    }, CLOSED_CHECK_MS);
    window.addEventListener('pagehide', onLeave);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('pagehide', onLeave);
    };
  }, [win]);

  if (!win || win.closed || !presenting) return null;
  return createPortal(<NotesView win={win} />, win.document.body);
}
