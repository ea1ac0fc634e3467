import './notes.css';
import { fmt, useText } from '../../i18n/use-text';
import { notesText } from './text';

interface NotesCellProps {
  /** The notes' cell number ("77"), or "" for the notes' unnumbered In [ ]. */
  cell: string;
  /** Whether the app reproduces the notes' output, or corrects a bug in it. */
  verdict: 'match' | 'bug';
  /** The notes' output, verbatim. */
  printed: string;
  /** What the app computes for the same cell (the right value when the verdict is 'bug'). */
  ours: string;
}

/** One cell of the notes beside the app: its number, the badge, the notes' printout and the app's. */
export function NotesCell({ cell, verdict, printed, ours }: NotesCellProps) {
  const t = useText(notesText);
  const name = fmt(t.cellName, { cell: cell || ' ' });
  return (
    <figure className={`notes-cell notes-${verdict}`} aria-label={name} data-testid={`notes-cell-${cell || 'none'}`}>
      <figcaption>
        <NotesBadge cell={cell} verdict={verdict} />
      </figcaption>
      <dl>
        <div>
          <dt>{t.printed}</dt>
          <dd><pre>{printed}</pre></dd>
        </div>
        <div>
          <dt>{verdict === 'match' ? t.ours : t.correct}</dt>
          <dd><pre data-testid="notes-cell-ours">{ours}</pre></dd>
        </div>
      </dl>
    </figure>
  );
}

/** The cell number and the verdict alone, for a widget that already shows both outputs side by side. */
export function NotesBadge({ cell, verdict }: Pick<NotesCellProps, 'cell' | 'verdict'>) {
  const t = useText(notesText);
  return (
    <span className="notes-badge" data-testid={`notes-badge-${cell || 'none'}`}>
      <code className="cell-tag">In [{cell || ' '}]</code>{' '}
      <span className={`badge badge-${verdict}`}>{verdict === 'match' ? `✓ ${t.match}` : t.bug}</span>
    </span>
  );
}
