import { NotesCell } from '../../components/notes/NotesCell';
import { pythonFloat } from '../../components/python-float';
import { useText } from '../../i18n/use-text';
import { useTraining } from '../../state/training';
import { text } from './text';

/** What the notes' last cell prints, under their softmax without an axis. */
const NOTES_FIRST_LOSS = 'Iteration 0, Loss: 6.906243988997322';
/**
 * The first loss depends on the random starting weights, which NumPy draws differently; every seed
 * measured gives 6.9045–6.9065 (scripts/bench-rates.ts), so the cell is compared to ±0.005.
 */
const RANDOM_START = 0.005;

/** The notes' last cell beside the first loss of a run with their softmax, once there is one. */
export function NotesFirstLoss() {
  const t = useText(text);
  const firstLoss = useTraining((s) => (s.run.softmax === 'batch' ? (s.lanes[0]?.firstLoss ?? null) : null));
  if (firstLoss === null) return <p className="muted">{t.notesFirstLossHint}</p>;
  return (
    <>
      <NotesCell cell="" printed={NOTES_FIRST_LOSS} ours={`Iteration 0, Loss: ${pythonFloat(firstLoss)}`} values={[0, firstLoss]} tolerance={RANDOM_START} />
      <p className="muted">{t.notesFirstLossTolerance}</p>
    </>
  );
}
