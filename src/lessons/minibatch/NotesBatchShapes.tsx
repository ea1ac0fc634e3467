import { NotesCell } from '../../components/notes/NotesCell';
import { fmt, useText } from '../../i18n/use-text';
import { sampleBatchIndices } from '../../lib/mnist/sample';
import type { ImageSet } from '../../lib/mnist/types';
import { numpyShape } from './numpy-shape';
import { minibatchText } from './text';

/** The notes' batch_size in In [30], and what their In [31] prints for it. */
const NOTES_BATCH_SIZE = 10;
const NOTES_PRINTED = 'x_batch.shape = (10, 28, 28)\ny_batch.shape = (10,)';

/**
 * In [31] for a batch of the notes' size drawn with the sampler's seed: the batch shown above when
 * its N is the notes' 10, and said to be another one when it is not.
 */
export function NotesBatchShapes({ train, seed, n }: { train: ImageSet; seed: number; n: number }) {
  const t = useText(minibatchText);
  const indices = sampleBatchIndices(seed, train.count, NOTES_BATCH_SIZE);
  const x = [indices.length, train.rows, train.cols];
  const y = [Array.from(indices, (i) => train.labels[i]).length];
  return (
    <>
      <NotesCell
        cell="31"
        printed={NOTES_PRINTED}
        ours={`x_batch.shape = ${numpyShape(x)}\ny_batch.shape = ${numpyShape(y)}`}
        values={[...x, ...y]}
      />
      {n !== NOTES_BATCH_SIZE && <p className="muted">{fmt(t.notesBatchSize, { notes: NOTES_BATCH_SIZE, n })}</p>}
    </>
  );
}
