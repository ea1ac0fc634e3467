import { useState } from 'react';
import { useText } from '../i18n/use-text';
import type { LessonSlug } from '../state/lesson-slugs';
import { usePresenter } from '../state/presenter';
import { NoteParts } from './NoteParts';
import { openNotesWindow, useNotesWindow } from './notes-window';
import { noteOf, speakerNotes } from './speaker-notes';
import { classroomText } from './text-classroom';

/**
 * The presenter's notes for a lesson, which only presenter mode offers: in a window of their own (for
 * a projector that mirrors the screen), or in a panel on the page that starts closed.
 */
export function SpeakerNotes({ slug }: { slug: LessonSlug }) {
  const t = useText(classroomText);
  const notes = useText(speakerNotes);
  const [presenting] = usePresenter();
  const [open, setOpen] = useState(false);
  const blocked = useNotesWindow((s) => s.blocked);
  const note = noteOf(notes, slug);
  if (!presenting || !note) return null;
  return (
    <>
      <div className="notes-controls">
        <button type="button" className="notes-toggle" aria-expanded={open} aria-controls="speaker-notes" onClick={() => setOpen((o) => !o)}>
          {t.notes}
        </button>
        <button type="button" onClick={openNotesWindow}>{t.notesWindow}</button>
      </div>
      {blocked && <p className="notice notice-warning" role="alert">{t.notesWindowBlocked}</p>}
      {open && (
        <section id="speaker-notes" className="speaker-notes" aria-labelledby="speaker-notes-title">
          <h2 id="speaker-notes-title">{t.notesTitle}</h2>
          <NoteParts note={note} t={t} />
          <p className="speaker-notes-private">{t.notesPrivate}</p>
        </section>
      )}
    </>
  );
}
