import { NOTE_PARTS, type NotePart } from './speaker-notes';
import type { classroomText } from './text-classroom';

type T = Record<keyof (typeof classroomText)['ko'], string>;

/** A lesson's note as the presenter reads it: what to show, what to ask, what to expect. */
export function NoteParts({ note, t }: { note: Record<NotePart, string>; t: T }) {
  return (
    <dl className="note-parts">
      {NOTE_PARTS.map((part) => (
        <div key={part}>
          <dt>{t[`part.${part}`]}</dt>
          <dd>{note[part]}</dd>
        </div>
      ))}
    </dl>
  );
}
