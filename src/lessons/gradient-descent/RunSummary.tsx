import { drawablePath } from '../../lib/descent/drawable-path';
import { SURFACES, type SurfaceId } from '../../lib/descent/functions';
import { formatNumpyArray } from '../../lib/descent/numpy-format';
import { fmt, useText } from '../../i18n/use-text';
import { exact } from '../../components/plot/format';
import { START_RANGE } from './url-state';
import { NotesBadge } from '../../components/notes/NotesCell';
import { matchesPrintout } from '../../components/notes/verdict';
import { OvershootNotice } from './OvershootNotice';
import { widgetText } from './text-widgets';

interface RunSummaryProps {
  fn: SurfaceId;
  lr: number;
  path: readonly Float64Array[];
  shown: number;
  /** The notes' printed result when this is one of their runs. */
  notesPrinted: string | null;
  /** The notes' cell number for that run. */
  notesCell?: string | null;
}

const VIEW = { x0Min: START_RANGE[0], x0Max: START_RANGE[1], x1Min: START_RANGE[0], x1Max: START_RANGE[1] };

/** The final point as NumPy prints it, checked against the notes, plus where the path went off the plot. */
export function RunSummary({ fn, lr, path, shown, notesPrinted, notesCell = null }: RunSummaryProps) {
  const t = useText(widgetText);
  const final = path[path.length - 1];
  const printed = formatNumpyArray(final);
  const current = path[shown];
  const drawn = drawablePath(path, VIEW);
  // The same test as the badge's, so the sentence and the badge cannot disagree.
  const asPrinted = notesPrinted !== null && matchesPrintout(notesPrinted, final);
  const nonFiniteValue = drawn.nonFiniteAt === null ? '' : formatNumpyArray(path[drawn.nonFiniteAt]);
  return (
    <div className="gd-summary">
      <p>
        <span className="gd-result-label">{fmt(t.resultAfter, { n: path.length - 1 })}</span>{' '}
        <output className="big-value gd-result" aria-label={t.resultName}>result = {printed}</output>
      </p>
      {notesPrinted !== null && (
        <p className={asPrinted ? 'notice' : 'notice notice-error'}>
          {notesCell !== null && <><NotesBadge cell={notesCell} printed={notesPrinted} values={final} />{' '}</>}
          {t.notesPrinted} <code>result = {notesPrinted}</code> — {asPrinted ? t.matches : t.differs}
        </p>
      )}
      <p className="value">
        {fmt(t.atStep, { k: shown })} x = {formatNumpyArray(current)}, f(x) = {exact(SURFACES[fn].f(Float64Array.from(current)))}
      </p>
      <OvershootNotice fn={fn} lr={lr} path={path} />
      {drawn.leavesViewAt !== null && <p className="notice notice-warning">{fmt(t.leavesView, { k: drawn.leavesViewAt })}</p>}
      {drawn.nonFiniteAt !== null && <p className="notice notice-error">{fmt(t.nonFinite, { k: drawn.nonFiniteAt, value: nonFiniteValue })}</p>}
    </div>
  );
}
