import { useState } from 'react';
import { useText } from '../i18n/use-text';
import type { LessonSlug } from '../state/lesson-slugs';
import { usePresenter } from '../state/presenter';
import { speakerNotes } from './speaker-notes';
import { classroomText } from './text-classroom';

/**
 * The presenter's notes for a lesson, behind a toggle that only presenter mode shows and that
 * starts closed, so that the projected page carries them only when the presenter asks.
 */
export function SpeakerNotes({ slug }: { slug: LessonSlug }) {
  const t = useText(classroomText);
  const notes = useText(speakerNotes) as Partial<Record<LessonSlug, string>>;
  const [presenting] = usePresenter();
  const [open, setOpen] = useState(false);
  const text = notes[slug];
  if (!presenting || !text) return null;
  return (
    <>
      <button type="button" className="notes-toggle" aria-expanded={open} aria-controls="speaker-notes" onClick={() => setOpen((o) => !o)}>
        {t.notes}
      </button>
      {open && (
        <section id="speaker-notes" className="speaker-notes" aria-labelledby="speaker-notes-title">
          <h2 id="speaker-notes-title">{t.notesTitle}</h2>
          <p>{text}</p>
          <p className="speaker-notes-private">{t.notesPrivate}</p>
        </section>
      )}
    </>
  );
}
