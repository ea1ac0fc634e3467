import './notes.css';
import { fmt, useText } from '../../i18n/use-text';
import { notesText } from './text';
import { notesVerdict, type Verdict } from './verdict';

interface Comparison {
  /** The notes' cell number ("77"), or "" for a cell the notes leave unnumbered (their In [None]). */
  cell: string;
  /** The notes' output, verbatim. */
  printed: string;
  /** The numbers the widget computes at the notes' inputs, in the order the printout shows them. */
  values: ArrayLike<number>;
  /** The widget's replay of the notes' own code, when that code is known to be wrong. */
  replayed?: ArrayLike<number>;
  /** How far a number may be from the printed one, when the notes' inputs were printed rounded. */
  tolerance?: number;
}

interface NotesCellProps extends Comparison {
  /** The widget's output for the same cell, printed the way the notes print it. */
  ours: string;
}

const cellLabel = (cell: string) => `In [${cell || 'None'}]`;

/** One cell of the notes beside the app: its number, the badge, the notes' printout and the app's. */
export function NotesCell({ cell, printed, ours, values, replayed, tolerance }: NotesCellProps) {
  const t = useText(notesText);
  const verdict = notesVerdict(printed, values, replayed, tolerance);
  return (
    <figure className={`notes-cell notes-${verdict}`} aria-label={fmt(t.cellName, { cell: cell || 'None' })} data-testid={`notes-cell-${cell || 'none'}`}>
      <figcaption>
        <Badge cell={cell} verdict={verdict} />
      </figcaption>
      <dl>
        <div>
          <dt>{t.printed}</dt>
          <dd><pre data-testid="notes-cell-printed">{printed}</pre></dd>
        </div>
        <div>
          <dt>{verdict === 'bug' ? t.correct : t.ours}</dt>
          <dd><pre data-testid="notes-cell-ours">{ours}</pre></dd>
        </div>
      </dl>
    </figure>
  );
}

/** The cell number and the verdict alone, for a widget that already shows both outputs side by side. */
export function NotesBadge({ cell, printed, values, replayed, tolerance }: Comparison) {
  return <Badge cell={cell} verdict={notesVerdict(printed, values, replayed, tolerance)} />;
}

function Badge({ cell, verdict }: { cell: string; verdict: Verdict }) {
  const t = useText(notesText);
  return (
    <span className="notes-badge" data-testid={`notes-badge-${cell || 'none'}`}>
      <code className="cell-tag">{cellLabel(cell)}</code>{' '}
      <span className={`badge badge-${verdict}`}>{verdict === 'match' ? `✓ ${t.match}` : t[verdict]}</span>
    </span>
  );
}
